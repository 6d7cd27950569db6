using System;

namespace PfocrGen.Model;

/// <summary>
/// The kinds of evidence behind a gene mention, classified from PFOCR's match source. The generated
/// <c>GeneMatchKind</c> uses the same classification; <c>PfocrGenGeneSources</c> selects kinds by these names.
/// </summary>
[Flags]
internal enum GeneSourceKinds
{
    None = 0,

    /// <summary>The official symbol: <c>hgnc_symbol</c>, <c>ncbigene_symbol</c>.</summary>
    Symbol = 1,

    /// <summary>An alias or previous symbol: <c>hgnc_alias_symbol</c>, <c>hgnc_prev_symbol</c>, <c>ncbigene_synonym</c>.</summary>
    Synonym = 2,

    /// <summary>A family or complex name expanded to its members: <c>bioentities_symbol</c>, <c>famplex_relations</c>.</summary>
    Family = 4,

    /// <summary>A source PfocrGen does not classify; kept unless <c>PfocrGenGeneSources</c> is set.</summary>
    Other = 8,

    All = Symbol | Synonym | Family | Other,
}

internal static class GeneSources
{
    // One classification for the option and the generated GeneMatchKind (Runtime/PfocrLayout.cs); each kind's
    // flag is 1 << its class.
    public static GeneSourceKinds Classify(string source) => (GeneSourceKinds)(1 << Pfocr.PfocrLayout.ClassifyMatchSource(source));

    /// <summary>Whether a mention passes the filter. GMT mentions have no source, so no evidence to filter by.</summary>
    public static bool Allows(this GeneratorOptions options, GeneMention mention) =>
        options.GeneSources == GeneSourceKinds.All || mention.Source.Length == 0 || (options.GeneSources & Classify(mention.Source)) != 0;

    /// <summary>The mentions <paramref name="options"/> let through; the same array when all pass.</summary>
    public static EquatableArray<GeneMention> Filter(EquatableArray<GeneMention> mentions, GeneratorOptions options)
    {
        if (options.GeneSources == GeneSourceKinds.All)
        {
            return mentions;
        }

        var kept = new System.Collections.Generic.List<GeneMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (options.Allows(mention))
            {
                kept.Add(mention);
            }
        }

        return kept.Count == mentions.Count ? mentions : kept.ToEquatableArray();
    }
}
