using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>NCBI gene_info beside GMT files and records: symbols, full names and synonyms for the genes figures mention.</summary>
public sealed class GeneInfoTests
{
    private static readonly (string Path, string Text) MouseGeneInfo = ("ncbi/Mus_musculus.gene_info", GeneInfoText.File(
        GeneInfoText.Row(10090, 21897, "Tlr1", "TLR1|Ly73", "toll-like receptor 1", "toll-like receptor 1"),
        GeneInfoText.Row(10090, 20848, "Stat4", "STAT4|Stat-4", "signal transducer and activator of transcription 4"),
        GeneInfoText.Row(10090, 16160, "Il12b", "Il-12b|p40|Ly73", "interleukin 12b"),
        GeneInfoText.Row(10090, 99999, "Unmentioned", "Tlr1")));

    [Fact]
    public void GMT_only_genes_get_symbol_organism_full_name_and_synonyms_and_typed_members()
    {
        var run = GeneratorHarness.Run(
            [("release/pfocr-mouse.gmt", "PMC1__f1\tTLR signalling\t21897\t20848\t555\n"), MouseGeneInfo],
            "namespace App { static class Use { static int Id() => Pfocr.Genes.Tlr1.EntrezId + Pfocr.Genes.Stat4.EntrezId; } }");

        Assert.True(run.Pfocr.Count == 0, string.Join("\n", run.Pfocr));
        Assert.True(run.CompilerProblems.Count == 0, string.Join("\n", run.CompilerProblems));
        var api = run.Load();
        var tlr1 = api.Static("Genes", "Tlr1")!;
        Assert.Equal(21897, LoadedAssembly.Get(tlr1, "EntrezId"));
        Assert.Equal(10090, LoadedAssembly.Get(tlr1, "TaxonomyId"));
        Assert.Equal("Mus musculus", LoadedAssembly.Get(tlr1, "Organism"));
        Assert.Equal("toll-like receptor 1", LoadedAssembly.Get(tlr1, "FullName"));
        Assert.Equal(["TLR1", "Ly73"], LoadedAssembly.List(LoadedAssembly.Get(tlr1, "Synonyms")));
        Assert.Same(tlr1, Assert.Single(LoadedAssembly.List(api.Call("Genes", "BySymbol", "Tlr1"))));

        // Only genes some figure mentions: the unmentioned gene_info row adds neither a gene nor a member; a gene
        // no gene_info lists keeps its empty symbol and has no member.
        Assert.Equal([555, 20848, 21897], LoadedAssembly.List(api.Static("Genes", "All")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order());
        Assert.Null(api.Assembly.GetType("Pfocr.Genes")!.GetProperty("Unmentioned"));
        var unknown = api.Call("Genes", "ByEntrez", 555)!;
        Assert.Equal(("", "", 0), ((string)LoadedAssembly.Get(unknown, "Symbol")!, (string)LoadedAssembly.Get(unknown, "FullName")!, LoadedAssembly.List(LoadedAssembly.Get(unknown, "Synonyms")).Count()));
        Assert.Equal(3, (int)api.Assembly.GetType("Pfocr.PfocrDataset")!.GetField("GeneCount")!.GetValue(null)!);
    }

    [Fact]
    public void The_records_symbol_wins_over_gene_info_which_still_gives_full_name_and_synonyms()
    {
        // The record matched the figure's word to 'STAT4-old'; gene_info calls the gene 'Stat4' today.
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__x"),
            Records.GenesTable("PMC1__x", Records.GeneRow("STAT4", "STAT4-old", "20848", 10090, "Mus musculus")),
            MouseGeneInfo,
        ]);

        Assert.True(run.CompilerProblems.Count == 0, string.Join("\n", run.CompilerProblems));
        var api = run.Load();
        var gene = api.Call("Genes", "ByEntrez", 20848)!;
        Assert.Equal("STAT4-old", LoadedAssembly.Get(gene, "Symbol"));
        Assert.Same(gene, api.Static("Genes", "STAT4_old"));
        Assert.Equal("signal transducer and activator of transcription 4", LoadedAssembly.Get(gene, "FullName"));
        Assert.Equal(["STAT4", "Stat-4"], LoadedAssembly.List(LoadedAssembly.Get(gene, "Synonyms")));
    }

    [Fact]
    public void A_gene_info_symbol_that_collides_is_reported_on_its_gene_info_cell()
    {
        // Human Tlr1-named record gene and a GMT-only mouse gene that gene_info names Tlr1.
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC2__h"),
            Records.GenesTable("PMC2__h", Records.GeneRow("Tlr1", "Tlr1", "7096")),
            ("release/pfocr-mouse.gmt", "PMC1__f1\tTLR signalling\t21897\n"),
            MouseGeneInfo,
        ]);

        // Row 2 of the gene_info file; the symbol follows "10090\t21897\t".
        var diagnostic = DiagnosticAssert.Single(run, "PFOCR010", DiagnosticSeverity.Info, "ncbi/Mus_musculus.gene_info", 2, 13);
        Assert.Contains("Tlr1 (Mus musculus, 21897) is 'Tlr1_21897'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_record_reuses_the_parsed_gene_info_and_its_index()
    {
        var record = new InMemoryAdditionalText(Records.PathOf("PMC1__x"), Records.Text("PMC1__x", "title: One"));
        var files = new AdditionalText[]
        {
            record,
            new InMemoryAdditionalText(Records.GenesTable("PMC1__x").Path, Records.GenesTable("PMC1__x", Records.GeneRow("Tlr1", "Tlr1", "21897", 10090, "Mus musculus")).Text),
            new InMemoryAdditionalText(MouseGeneInfo.Path, MouseGeneInfo.Text),
        };
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var result = driver.ReplaceAdditionalText(record, new InMemoryAdditionalText(record.Path, Records.Text("PMC1__x", "title: Two")))
            .RunGenerators(compilation).GetRunResult();

        Assert.Equal([IncrementalStepRunReason.Cached], TrackedSteps.Reasons(result, TrackingNames.ParseGeneInfo));
        Assert.Equal([IncrementalStepRunReason.Cached], TrackedSteps.Reasons(result, TrackingNames.IndexGeneInfo));
        Assert.Contains(IncrementalStepRunReason.Modified, TrackedSteps.Reasons(result, TrackingNames.ParseFile));
    }
}
