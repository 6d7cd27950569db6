using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PfocrGen.Naming;

/// <summary>
/// The documented rule that turns a figid, PMCID or gene symbol into a C# member name (docs/api.md, "Naming"):
/// letters, digits and <c>_</c> are kept, every other character becomes <c>_</c>, a name that does not start
/// with a letter or <c>_</c> gets a leading <c>_</c>, and a C# keyword is written with <c>@</c>.
/// </summary>
internal static class IdentifierNaming
{
    /// <summary>The member name for <paramref name="raw"/>, without any <c>@</c>.</summary>
    public static string Sanitize(string raw)
    {
        if (IsPlainName(raw))
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length + 1);
        foreach (var c in raw)
        {
            // Only letters and digits: formatting characters are legal in C# identifiers but invisible, and
            // two names differing by one would look identical in IntelliSense.
            builder.Append(char.IsLetterOrDigit(c) && !char.IsSurrogate(c) ? c : '_');
        }

        if (builder.Length == 0 || !(char.IsLetter(builder[0]) || builder[0] == '_'))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    // Most symbols and ids (STAT4, PMC2869233) are already names; they need no copy.
    private static bool IsPlainName(string raw)
    {
        if (raw.Length == 0 || !char.IsLetter(raw[0]) || char.IsSurrogate(raw[0]))
        {
            return false;
        }

        foreach (var c in raw)
        {
            if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <see cref="Sanitize"/> had to do more than replace punctuation.</summary>
    public static bool NeededPrefix(string raw, string name) => name.Length == raw.Length + 1;

    /// <summary>The name as it must be written in C# source.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A short, stable, culture-independent hash (FNV-1a, 32 bits) for disambiguating suffixes.</summary>
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
