using System;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// What a <c>.gmt</c> file's name says about it. PFOCR names its release files
/// <c>pfocr-&lt;date&gt;-gmt-&lt;Genus_species&gt;.gmt</c> (gene sets) and
/// <c>pfocr-&lt;date&gt;-chemical-gmt-&lt;Genus_species&gt;.gmt</c> (chemical sets). A last dash-separated part of the
/// form <c>Genus_species</c> names the species in any file; the kind is read from the name only when it has the
/// release's <c>gmt</c> / <c>chemical-gmt</c> part, otherwise from the content (<see cref="GmtParser"/>).
/// </summary>
internal static class GmtFileName
{
    /// <summary>The species named by the file ("" for none) and the kind, when the name gives it.</summary>
    public static (string Organism, GeneSetKind? Kind) Read(string path)
    {
        var name = RecordParser.FileName(path);
        var stem = name.EndsWith(".gmt", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
        var parts = stem.Split('-');
        var last = parts.Length;
        var organism = string.Empty;
        if (IsSpecies(parts[last - 1]))
        {
            organism = parts[last - 1].Replace('_', ' ');
            last--;
        }

        GeneSetKind? kind = null;
        if (last >= 1 && string.Equals(parts[last - 1], "gmt", StringComparison.OrdinalIgnoreCase))
        {
            kind = last >= 2 && string.Equals(parts[last - 2], "chemical", StringComparison.OrdinalIgnoreCase)
                ? GeneSetKind.Chemicals
                : GeneSetKind.Genes;
        }

        return (organism, kind);
    }

    // Genus_species (more lower-case parts allowed, for subspecies): Mus_musculus, Canis_lupus_familiaris.
    private static bool IsSpecies(string part)
    {
        var words = part.Split('_');
        if (words.Length < 2 || !IsWord(words[0], capital: true))
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (!IsWord(words[i], capital: false))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(string word, bool capital)
    {
        if (word.Length < 2 || (capital ? !IsUpper(word[0]) : !IsLower(word[0])))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsLower(char c) => c >= 'a' && c <= 'z';
}
