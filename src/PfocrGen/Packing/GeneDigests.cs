using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Packing;

/// <summary>Works out a figure's <see cref="GeneDigest"/> when its gene mentions are encoded (per file) or merged.</summary>
internal static class GeneDigests
{
    [System.ThreadStatic]
    private static System.Collections.Generic.HashSet<int>? t_seen;

    [System.ThreadStatic]
    private static System.Collections.Generic.List<int>? t_ids;

    [System.ThreadStatic]
    private static System.Collections.Generic.List<int>? t_first;

    public static GeneDigest Of(EquatableArray<GeneMention> mentions, GeneratorOptions options)
    {
        if (mentions.Count == 0)
        {
            return GeneDigest.Empty;
        }

        // The scratch is the thread's own, so 119,000 release lines do not cost three collections each.
        var seen = t_seen ??= new System.Collections.Generic.HashSet<int>();
        var ids = t_ids ??= new System.Collections.Generic.List<int>();
        var first = t_first ??= new System.Collections.Generic.List<int>();
        seen.Clear();
        ids.Clear();
        first.Clear();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (options.Allows(mention) && seen.Add(mention.EntrezId))
            {
                ids.Add(mention.EntrezId);
                first.Add(i);
            }
        }

        return new GeneDigest(new EquatableArray<int>(ids.ToArray()), FirstMentions(first));
    }

    // A GMT line lists each gene once and every mention is kept, so its genes' first mentions are 0, 1, 2, …: one
    // shared array per length serves every such line (112,000 at release size) instead of an array each.
    private static EquatableArray<int> FirstMentions(System.Collections.Generic.List<int> first)
    {
        for (var i = 0; i < first.Count; i++)
        {
            if (first[i] != i)
            {
                return new EquatableArray<int>(first.ToArray());
            }
        }

        return new EquatableArray<int>(Counting.UpTo(first.Count));
    }
}
