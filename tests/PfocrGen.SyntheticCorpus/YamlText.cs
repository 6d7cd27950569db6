using System.Text;
using System.Text.RegularExpressions;

namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// Writes YAML scalars the way PFOCR's R writer does: plain when that is unambiguous, single-quoted otherwise,
/// long values folded at about 80 columns with a two-space continuation indent.
/// </summary>
internal static partial class YamlText
{
    private const int Width = 80;

    // Words YAML 1.1 would read as booleans or null when plain.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    /// <summary>A scalar that fits after <paramref name="key"/> on its line (and continues on the next ones).</summary>
    public static string Field(string key, string value, int indent = 0)
    {
        var prefix = new string(' ', indent) + key + ": ";
        return Fold(prefix, Scalar(value), indent + 2);
    }

    public static string Scalar(string value) =>
        value.Length > 0 && PlainSafe().IsMatch(value) && !Reserved.Contains(value) ? value : "'" + value.Replace("'", "''") + "'";

    /// <summary>Breaks <paramref name="scalar"/> at single spaces; YAML folds each break back into one space.</summary>
    private static string Fold(string prefix, string scalar, int indent)
    {
        var builder = new StringBuilder(prefix.Length + scalar.Length + 16);
        builder.Append(prefix);
        var column = prefix.Length;
        var start = 0;
        while (start < scalar.Length)
        {
            var space = scalar.IndexOf(' ', start);
            var end = space < 0 ? scalar.Length : space;
            var word = scalar.AsSpan(start, end - start);

            // A break is only safe between single spaces: folding turns exactly one line break into one space.
            var breakable = start > 0 && column + word.Length > Width && word.Length > 0 && scalar[start - 1] == ' '
                && (start < 2 || scalar[start - 2] != ' ');
            if (breakable)
            {
                builder.Length--;
                builder.Append('\n').Append(' ', indent);
                column = indent;
            }

            builder.Append(word);
            column += word.Length;
            if (space >= 0)
            {
                builder.Append(' ');
                column++;
            }

            start = end + 1;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._/()-]*[A-Za-z0-9.)]$|^[A-Za-z0-9]$")]
    private static partial Regex PlainSafe();
}
