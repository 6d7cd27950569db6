using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>The duplicate check of gene_info's GeneIDs: the same answers as a set, whatever the order of the ids.</summary>
public sealed class AscendingIdsTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 5, 9 })]
    [InlineData(new[] { 1, 2, 2, 3 })]
    [InlineData(new[] { 3, 7, 1, 7, 3, 8, 1 })]
    [InlineData(new[] { 5, 4, 3, 5, 6, 6 })]
    public void Answers_as_a_set_does(int[] ids)
    {
        var taken = new List<int>();
        var seen = new AscendingIds(taken);
        var set = new HashSet<int>();

        foreach (var id in ids)
        {
            var added = seen.Add(id);
            Assert.Equal(set.Add(id), added);
            if (added)
            {
                taken.Add(id);
            }
        }
    }
}
