using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>What IntelliSense offers after a dot on the generated API, with the seed record in the project.</summary>
public sealed class FigureCompletionTests
{
    [Fact]
    public async Task Figures_dot_offers_the_seed_paper_and_its_figure()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);

        var items = await workspace.CompletionsAsync("class C { object M() => Pfocr.Figures.$$; }");

        Assert.Contains("PMC2869233", items);
        Assert.Contains("PMC2869233__ijms_11_00789f3", items);
        Assert.Contains("ById", items);
    }

    [Fact]
    public async Task Paper_dot_offers_its_genes_and_figures()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);

        var items = await workspace.CompletionsAsync("class C { object M() => Pfocr.Figures.PMC2869233.$$; }");

        Assert.Contains("Genes", items);
        Assert.Contains("Figures", items);
    }

    [Fact]
    public async Task Figures_dot_offers_no_paper_without_a_record()
    {
        // The control for the tests above: the paper member comes from the record, not from the generator's templates.
        using var workspace = RecordWorkspace.Create();

        var items = await workspace.CompletionsAsync("class C { object M() => Pfocr.Figures.$$; }");

        Assert.Contains("ById", items);
        Assert.DoesNotContain("PMC2869233", items);
    }
}
