using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Which gene mentions <c>PfocrGenGeneSources</c> keeps, by the <see cref="GeneSourceKinds"/> of their match source.
/// The classification is the runtime's own (<c>PfocrLayout.ClassifyMatchSource</c>), so the option and the
/// generated <c>GeneMatchKind</c> cannot disagree.
/// </summary>
internal static class GeneSources
{
    // One classification for the option and the generated GeneMatchKind (Runtime/Shared/PfocrLayout.cs); each
    // kind's flag is 1 << its class.
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
