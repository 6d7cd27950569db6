using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>Genes.MapSymbols: official symbols, then gene_info synonyms, then either ignoring case; per organism.</summary>
public sealed class SymbolMappingTests
{
    private static readonly Lazy<LoadedAssembly> Api = new(() =>
    {
        var run = GeneratorHarness.Run(
        [
            ("release/pfocr.gmt", "PMC1__f1\tTLR signalling\t21897\t20848\t16160\t7096\t6775\n"),
            ("ncbi/Mus_musculus.gene_info", GeneInfoText.File(
                GeneInfoText.Row(10090, 21897, "Tlr1", "Ly73|p40"),
                GeneInfoText.Row(10090, 20848, "Stat4", "Stat-4"),
                GeneInfoText.Row(10090, 16160, "Il12b", "p40|Il-12b"))),
            ("ncbi/Homo_sapiens.gene_info", GeneInfoText.File(
                GeneInfoText.Row(9606, 7096, "TLR1", "CD281|TIL"),
                GeneInfoText.Row(9606, 6775, "STAT4", "SLEB11"))),
        ]);
        Assert.Empty(run.CompilerProblems);
        return run.Load();
    });

    private static object Map(string[] symbols, int? taxonomyId = null) =>
        Api.Value.Assembly.GetType("Pfocr.Genes")!.GetMethod("MapSymbols")!.Invoke(null, [symbols, taxonomyId])!;

    private static IEnumerable<int> Ids(object mapping) => LoadedAssembly.List(LoadedAssembly.Get(mapping, "EntrezIds")).Cast<int>();

    private static IEnumerable<string> Unmapped(object mapping) => LoadedAssembly.List(LoadedAssembly.Get(mapping, "Unmapped")).Cast<string>();

    private static Dictionary<string, int[]> Ambiguous(object mapping) =>
        ((System.Collections.IEnumerable)LoadedAssembly.Get(mapping, "Ambiguous")!).Cast<object>().ToDictionary(
            pair => (string)LoadedAssembly.Get(pair, "Key")!,
            pair => LoadedAssembly.List(LoadedAssembly.Get(pair, "Value")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order().ToArray());

    [Fact]
    public void Official_symbols_map_exactly_and_before_synonyms()
    {
        // 'TLR1' is human TLR1's symbol and mouse Tlr1's synonym: the official symbol wins.
        var mapping = Map(["Tlr1", "STAT4", "TLR1", "Stat-4", "CD281", "STAT4"]);

        Assert.Equal([21897, 6775, 7096, 20848], Ids(mapping));
        Assert.Empty(Unmapped(mapping));
        Assert.Empty(Ambiguous(mapping));
    }

    [Fact]
    public void A_synonym_of_several_genes_is_ambiguous_and_unknown_symbols_are_unmapped()
    {
        var mapping = Map(["p40", "NOPE", " Il12b "]);

        Assert.Equal([16160], Ids(mapping));
        Assert.Equal(["NOPE"], Unmapped(mapping));
        Assert.Equal([16160, 21897], Assert.Single(Ambiguous(mapping)).Value);
    }

    [Fact]
    public void Case_is_ignored_only_when_no_exact_match_exists_and_the_organism_filters()
    {
        // 'stat4' is no exact symbol or synonym: ignoring case it names human STAT4 and mouse Stat4.
        Assert.Equal([20848, 6775], Ambiguous(Map(["stat4"]))["stat4"].OrderDescending());
        Assert.Equal([20848], Ids(Map(["stat4"], 10090)));
        Assert.Equal([6775], Ids(Map(["stat4"], 9606)));

        // Per organism, the human symbol 'TLR1' is not considered, so mouse Tlr1's synonym maps.
        Assert.Equal([21897], Ids(Map(["TLR1"], 10090)));
        Assert.Equal(["Tlr9"], Unmapped(Map(["Tlr9"], 10090)));
    }

    [Fact]
    public void Mapped_ids_are_an_enrichment_query()
    {
        var mapping = Map(["Tlr1", "Stat4"], 10090);
        var enrich = Api.Value.Assembly.GetType("Pfocr.Figures")!.GetMethod("Enrich")!;

        var results = LoadedAssembly.List(enrich.Invoke(null, [Ids(mapping), new[] { 21897, 20848, 16160, 7096, 6775, 1, 2, 3 }, null]));

        Assert.Equal(2, (int)LoadedAssembly.Get(Assert.Single(results), "Overlap")!);
    }
}
