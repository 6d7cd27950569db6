using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Packing;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>
/// A figure's gene digest shares its first-mention array (0, 1, 2, …) with every figure of as many genes when each
/// gene is mentioned once, as on every GMT line, and has its own when a gene is mentioned again.
/// </summary>
public sealed class GeneDigestSharingTests
{
    [Fact]
    public void Lines_of_distinct_genes_share_one_counting_array_per_length()
    {
        var lines = GmtParser.Parse("sets/pfocr.gmt", SourceText.From("PMC1__a\tA\t5\t3\t9\nPMC1__b\tB\t7\t1\t2\nPMC1__c\tC\t4\n"), CancellationToken.None).Figures;

        var digests = lines.Select(f => GeneDigests.Of(f.Genes!.Value, GeneratorOptions.Default)).ToList();

        Assert.Equal([[5, 3, 9], [7, 1, 2], [4]], digests.Select(d => d.EntrezIds.ToArray()));
        Assert.Equal([[0, 1, 2], [0, 1, 2], [0]], digests.Select(d => d.FirstMentions.ToArray()));
        Assert.Equal(digests[0].FirstMentions, digests[1].FirstMentions);
        Assert.Same(Counting.UpTo(3), Counting.UpTo(3));
        Assert.Equal([0, 1, 2, 3, 4], Counting.UpTo(5));
        Assert.Empty(Counting.UpTo(0));
    }

    [Fact]
    public void A_gene_mentioned_again_keeps_its_first_mention()
    {
        GeneMention Mention(string word, int id) => new(word, "hgnc_symbol", "S" + id, id, 9606, "Homo sapiens", default, default);

        var digest = GeneDigests.Of(new EquatableArray<GeneMention>(new[] { Mention("a", 1), Mention("b", 1), Mention("c", 2) }), GeneratorOptions.Default);

        Assert.Equal([1, 2], digest.EntrezIds.ToArray());
        Assert.Equal([0, 2], digest.FirstMentions.ToArray());
    }
}
