namespace PfocrGen.Model;

/// <summary>
/// The distinct genes one figure's kept mentions name, in first-mention order, with where each is first mentioned.
/// Worked out per file so that the cross-file step, which runs after every edit, walks two int arrays per figure
/// instead of every mention object (scattered over the heap, those cost a cache miss each).
/// </summary>
/// <param name="FirstMentions">For each gene, the index of its first kept mention in the figure's full mention list.</param>
internal sealed record GeneDigest(EquatableArray<int> EntrezIds, EquatableArray<int> FirstMentions)
{
    public static readonly GeneDigest Empty = new(EquatableArray<int>.Empty, EquatableArray<int>.Empty);
}
