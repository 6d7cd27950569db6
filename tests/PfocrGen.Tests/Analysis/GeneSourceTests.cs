using PfocrGen.Tests.Corpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary><c>PfocrGenGeneSources</c> decides which mentions reach figures, papers, genes and the reverse index.</summary>
public sealed class GeneSourceTests
{
    private static readonly Dictionary<string, string> SymbolOnly = new() { ["PfocrGenGeneSources"] = "Symbol" };

    [Fact]
    public void Symbol_only_keeps_exactly_the_symbol_matches_of_the_seed()
    {
        var api = GeneratorHarness.Run([TestData.Seed], properties: SymbolOnly).Load();
        var figure = api.Call("Figures", "ById", "PMC2869233__ijms-11-00789f3")!;

        // Of IL-12 (family), STAT4 (symbol), B2 and T-bet (aliases), only STAT4 is an official-symbol match.
        Assert.Equal(["STAT4"], GeneSymbols(LoadedAssembly.Get(figure, "Genes")));
        Assert.Equal(["STAT4"], GeneSymbols(LoadedAssembly.Get(api.Static("Figures", "PMC2869233")!, "Genes")));
        Assert.Equal(["STAT4"], GeneSymbols(api.Static("Genes", "All")));
        Assert.Equal(1, LoadedAssembly.Get(figure, "NobeCount"));
        Assert.Null(api.Call("Genes", "ByEntrez", 3592));
    }

    [Theory]
    [InlineData("Symbol,Synonym", new[] { "STAT4", "CACNA1E", "TBX21" })]
    [InlineData("Family", new[] { "IL12A", "IL12B" })]
    [InlineData("synonym ; family", new[] { "IL12A", "IL12B", "CACNA1E", "TBX21" })]
    public void A_list_of_sources_keeps_each_listed_kind(string sources, string[] expected)
    {
        var api = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { ["PfocrGenGeneSources"] = sources }).Load();

        Assert.Equal(expected, GeneSymbols(LoadedAssembly.Get(api.Call("Figures", "ById", "PMC2869233__ijms-11-00789f3")!, "Genes")));
    }

    [CorpusFact]
    public void Symbol_only_changes_each_corpus_figure_to_exactly_its_symbol_mentions()
    {
        var files = TestData.CorpusFiles("new-format");
        var api = GeneratorHarness.Run(files, properties: SymbolOnly).Load();

        var expected = CorpusOracle.ExpectedGenes(files, source => source is "ncbigene_symbol" or "hgnc_symbol");
        Assert.Contains(expected.Values, ids => ids.Count > 0);
        foreach (var (figid, ids) in expected)
        {
            var figure = api.Call("Figures", "ById", figid)!;
            Assert.Equal(ids, LoadedAssembly.List(LoadedAssembly.Get(figure, "Genes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!));
        }

        var allIds = expected.Values.SelectMany(ids => ids).Distinct().Order();
        Assert.Equal(allIds, LoadedAssembly.List(api.Static("Genes", "All")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order());
    }

    [Fact]
    public void Unknown_source_name_is_an_invalid_option()
    {
        var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { ["PfocrGenGeneSources"] = "Symbol,Alias" });

        Assert.Equal("PFOCR015", Assert.Single(run.Pfocr).Id);
    }

    private static List<string> GeneSymbols(object? genes) =>
        LoadedAssembly.List(genes).Select(g => (string)LoadedAssembly.Get(g, "Symbol")!).ToList();
}
