using PfocrGen.IdChecking;
using PfocrGen.Tests.Corpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.IdChecking;

/// <summary>
/// The id checks read the ids back from the generated constants. On every snapshot of the real corpus, what they
/// read must be exactly what the compiled, loaded API returns (figures, papers, genes, chemicals, diseases), every
/// member name they recompute must be a member that returns that very object, and the synonym genes must be those
/// an independent reading of the records (<see cref="CorpusOracle"/>) gives.
/// </summary>
public sealed class GeneratedIdCatalogCorpusTests
{
    private static readonly HashSet<string> SynonymSources = new(StringComparer.Ordinal) { "hgnc_alias_symbol", "hgnc_prev_symbol", "ncbigene_synonym" };

    public static TheoryData<string> Snapshots() => CorpusTests.Snapshots();

    [CorpusTheory]
    [MemberData(nameof(Snapshots))]
    public void Catalog_reads_back_exactly_the_ids_of_the_compiled_api(string snapshot)
    {
        var files = CorpusTests.Files(snapshot);
        var run = GeneratorHarness.Run(files);
        var tables = run.Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!;
        var catalog = GeneratedIdCatalog.TryRead(tables)!;
        var api = run.Load();

        Assert.Equal(Values(api.Static("Figures", "All"), "Id"), catalog.FigureIds);
        Assert.Equal(catalog.FigureIds.Count, catalog.FigureCount);
        Assert.Equal(Values(api.Static("Papers", "All"), "Pmcid"), catalog.Pmcids);
        Assert.Equal(
            LoadedAssembly.List(api.Static("Genes", "All")).Select(g => new CatalogGene((int)Get(g, "EntrezId"), (int)Get(g, "TaxonomyId"), (string)Get(g, "Symbol"), (string)Get(g, "Organism"))),
            catalog.Genes);
        Assert.Equal(Entities(api.Static("Chemicals", "All"), "ChebiId"), catalog.Chemicals);
        Assert.Equal(Entities(api.Static("Diseases", "All"), "DoidId"), catalog.Diseases);

        var expectedSynonymGenes = CorpusOracle.ExpectedGenes(files, SynonymSources.Contains).Values.SelectMany(ids => ids).ToHashSet();
        Assert.Equal(expectedSynonymGenes.Order(), GeneratedIdCatalog.SynonymMentions(GeneratedIdCatalog.ShardTexts(tables)).Select(m => m.EntrezId).Distinct().Order());
    }

    [CorpusTheory]
    [MemberData(nameof(Snapshots))]
    public void Every_recomputed_member_name_is_the_member_that_returns_that_figure_paper_or_gene(string snapshot)
    {
        var run = GeneratorHarness.Run(CorpusTests.Files(snapshot));
        var catalog = GeneratedIdCatalog.TryRead(run.Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!)!;
        var members = TypedMembers.Name(catalog, PfocrGen.Model.FigureMemberMode.Auto);
        var api = run.Load();

        Assert.All(catalog.FigureIds, id => Assert.Equal(id, Get(api.Static("Figures", members.Figure(id)!), "Id")));
        Assert.All(catalog.Pmcids, pmcid => Assert.Equal(pmcid, Get(api.Static("Figures", members.Paper(pmcid)!), "Pmcid")));
        Assert.All(catalog.Genes.Where(g => g.Symbol.Length > 0), gene => Assert.Equal(gene.EntrezId, Get(api.Static("Genes", members.Gene(gene.EntrezId)!), "EntrezId")));
    }

    [CorpusTheory]
    [MemberData(nameof(Snapshots))]
    public void Figure_counts_and_figures_read_from_the_shards_are_what_the_compiled_api_returns(string snapshot)
    {
        var run = GeneratorHarness.Run(CorpusTests.Files(snapshot));
        var tables = run.Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!;
        var catalog = GeneratedIdCatalog.TryRead(tables)!;
        var counts = GeneratedIdCatalog.CountFigures(GeneratedIdCatalog.ShardTexts(tables));
        var api = run.Load();

        Assert.All(LoadedAssembly.List(api.Static("Genes", "All")), g => Assert.Equal(FigureCount(g), counts.OfGene((int)Get(g, "EntrezId"))));
        Assert.All(LoadedAssembly.List(api.Static("Chemicals", "All")), c => Assert.Equal(FigureCount(c), counts.OfChemical((string)Get(c, "Id"))));
        Assert.All(LoadedAssembly.List(api.Static("Diseases", "All")), d => Assert.Equal(FigureCount(d), counts.OfDisease((string)Get(d, "Id"))));
        Assert.Equal(LoadedAssembly.List(api.Static("Papers", "All")).Select(FigureCount), catalog.PaperFigures.Select(f => f.Length));

        var figures = LoadedAssembly.List(api.Static("Figures", "All")).ToList();
        for (var f = 0; f < figures.Count; f++)
        {
            var (shard, slot) = catalog.FigurePlaces[f];
            var read = GeneratedIdCatalog.ReadFigure(GeneratedIdCatalog.ShardText(tables, shard)!, slot)!;
            var figure = figures[f];
            Assert.Equal(
                ((string)Get(figure, "Id"), (string)Get(figure, "Pmcid"), (string)Get(figure, "Title"), (string)Get(figure, "Number"), (string)Get(figure, "PaperTitle"), (int?)LoadedAssembly.Get(figure, "Year") ?? 0, LoadedAssembly.List(Get(figure, "Genes")).Count()),
                (read.Id, read.Pmcid, read.Title, read.Number, read.PaperTitle, read.Year, read.GeneCount));
        }
    }

    private static int FigureCount(object? item) => LoadedAssembly.List(Get(item, "Figures")).Count();

    private static List<string> Values(object? list, string property) =>
        LoadedAssembly.List(list).Select(item => (string)Get(item, property)).ToList();

    // The API gives an absent id as null; the tables hold "".
    private static List<CatalogEntity> Entities(object? list, string otherId) =>
        LoadedAssembly.List(list).Select(e => new CatalogEntity(
            (string)Get(e, "Id"), (string)Get(e, "Name"), (string?)LoadedAssembly.Get(e, "MeshId") ?? string.Empty, (string?)LoadedAssembly.Get(e, otherId) ?? string.Empty)).ToList();

    private static object Get(object? target, string property) => LoadedAssembly.Get(target ?? throw new Xunit.Sdk.XunitException("no such member"), property)!;
}
