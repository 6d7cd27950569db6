using PfocrGen.SyntheticCorpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Release;

/// <summary>
/// The synthetic release that measures the build (<c>scripts/perf/e2e-build.sh</c>, <c>E2E_LAYOUT=release</c>) draws
/// GMT members by <see cref="MentionFrequency"/>. Every distinct gene becomes a typed member, so a law that spreads
/// mentions over too many genes makes the measured build slower than the real one, and one that spreads them over
/// too few makes it look faster. Here each real file of <c>$PFOCR_RELEASE</c> is redrawn line by line (the same
/// number of members per line) and must come out with its real number of distinct members, within 10 %.
/// </summary>
public sealed class MentionFrequencyTests
{
    [ReleaseFact]
    public void Redrawn_real_gene_files_mention_as_many_distinct_genes_as_the_real_ones()
    {
        var frequency = MentionFrequency.Genes();

        AssertRedrawnDistinct("pfocr-20250701-gmt-Mus_musculus.gmt", frequency);
        AssertRedrawnDistinct("pfocr-20250701-gmt-Caenorhabditis_elegans.gmt", frequency);
    }

    [ReleaseFact]
    public void A_redrawn_real_chemical_file_mentions_as_many_distinct_chemicals_as_the_real_one()
    {
        AssertRedrawnDistinct("pfocr-20250701-chemical-gmt-Caenorhabditis_elegans.gmt", MentionFrequency.Chemicals());
    }

    [Fact]
    public void A_set_is_distinct_ranks_within_the_lexicon_and_the_first_ranks_are_drawn_most()
    {
        var frequency = MentionFrequency.Genes(proteinCodingGenes: 6_000);
        var random = new Random(3);
        var counts = new int[frequency.Lexicon];
        for (var line = 0; line < 2_000; line++)
        {
            var set = frequency.DrawSet(random, 10);
            Assert.Equal(10, set.Distinct().Count());
            foreach (var rank in set)
            {
                counts[rank]++;
            }
        }

        Assert.Equal(6_000, frequency.Lexicon);
        Assert.True(counts[0] > counts[100] && counts[100] > counts[5_000], $"{counts[0]}, {counts[100]}, {counts[5_000]}");
        Assert.Equal(6_000, frequency.DrawSet(random, 10_000).Count);
    }

    private static void AssertRedrawnDistinct(string fileName, MentionFrequency frequency)
    {
        var lines = File.ReadLines(Path.Combine(TestData.ReleaseDirectory!, fileName))
            .Select(line => line.Split('\t').Skip(2).Where(member => member.Length > 0).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var real = lines.SelectMany(members => members).Distinct(StringComparer.Ordinal).Count();

        var random = new Random(1);
        var drawn = new HashSet<int>();
        foreach (var members in lines)
        {
            drawn.UnionWith(frequency.DrawSet(random, members.Count));
        }

        var ratio = drawn.Count / (double)real;
        Assert.True(ratio is > 0.9 and < 1.1, $"{fileName}: {real} distinct members, {drawn.Count} redrawn ({ratio:P1})");
    }
}
