using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Infrastructure.LoadedAssembly;

namespace PfocrGen.Tests.Release;

/// <summary>
/// A record and the GMT lines named by its figid or its <c>figid_alias</c> are one figure: the record gives the
/// metadata and its genes with their evidence, the GMT lines add the genes the record does not list.
/// </summary>
public sealed class RecordAndGeneSetTests
{
    private const string Mouse = "release/pfocr-20250701-gmt-Mus_musculus.gmt";
    private const string Figid = "PMC5869700__fimmu-09-00470-g006";

    private static (string Path, string Text) Record(string alias = "PMC5869700__F6") =>
        Records.File(Figid, "figtitle: From the record", "figid_alias: " + alias);

    private static (string Path, string Text) Table => Records.GenesTable(
        Figid,
        Records.GeneRow("TLR1", "Tlr1", "21897", 10090, "Mus musculus"),
        Records.GeneRow("MyD88", "Myd88", "17874", 10090, "Mus musculus"));

    [Fact]
    public void Record_and_release_line_are_one_figure_found_by_figid_and_alias()
    {
        var run = GeneratorHarness.Run([Record(), Table, (Mouse, "PMC5869700__F6\tFrom the GMT\t21897\t17874\t16193\n")]);

        Assert.DoesNotContain(run.Pfocr, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        var figure = api.Call("Figures", "ById", Figid)!;
        Assert.Same(figure, api.Call("Figures", "ById", "PMC5869700__F6"));
        Assert.Single(List(api.Static("Figures", "All")));
        Assert.Equal(["PMC5869700__F6"], List(Get(figure, "Aliases")).Cast<string>());
        Assert.Equal("From the record", Get(figure, "Title"));

        // The table's mentions keep their words and sources; the gene only the GMT lists comes after, with none.
        Assert.Equal(
            [("TLR1", "ncbigene_symbol", 21897), ("MyD88", "ncbigene_symbol", 17874), ("", "", 16193)],
            List(Get(figure, "GeneMentions")).Select(m => ((string)Get(m, "Word")!, (string)Get(m, "Source")!, (int)Get(Get(m, "Gene")!, "EntrezId")!)));
        var added = api.Call("Genes", "ByEntrez", 16193)!;
        Assert.Equal(("Mus musculus", (int?)10090), ((string)Get(added, "Organism")!, (int?)Get(added, "TaxonomyId")));
    }

    [Fact]
    public void A_gene_the_record_lists_but_filters_out_is_not_added_back_from_the_gmt()
    {
        var table = Records.GenesTable(Figid, Records.GeneRow("TLR1", "Tlr1", "21897", 10090, "Mus musculus").Replace("ncbigene_symbol\t1", "famplex_relations\t1"));
        var run = GeneratorHarness.Run(
            [Record(), table, (Mouse, "PMC5869700__F6\tT\t21897\t16193\n")],
            properties: new Dictionary<string, string> { ["PfocrGenGeneSources"] = "Symbol,Synonym" });

        var figure = run.Load().Call("Figures", "ById", "PMC5869700__F6")!;
        Assert.Equal([16193], List(Get(figure, "Genes")).Select(g => (int)Get(g, "EntrezId")!));
    }

    [Fact]
    public void A_gmt_figure_without_a_record_has_no_aliases()
    {
        var figure = GeneratorHarness.Run([(Mouse, "PMC1__F1\tT\t21897\n")]).Load().Call("Figures", "ById", "PMC1__F1")!;

        Assert.Equal(("PMC1__F1", 0), ((string)Get(figure, "Id")!, List(Get(figure, "Aliases")).Count()));
    }

    [Fact]
    public void An_alias_that_is_another_figures_id_is_reported_and_the_id_wins()
    {
        var other = Records.File("PMC5869700__F6", "figtitle: Other");
        var run = GeneratorHarness.Run([Record(), Table, other]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR021", DiagnosticSeverity.Warning, Records.PathOf(Figid), 5, 14);
        var additional = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal((Records.PathOf("PMC5869700__F6"), 1), (additional.Path, additional.StartLinePosition.Line));
        var api = run.Load();
        Assert.Equal("Other", Get(api.Call("Figures", "ById", "PMC5869700__F6")!, "Title"));
        Assert.Empty(List(Get(api.Call("Figures", "ById", Figid)!, "Aliases")));
    }

    [Fact]
    public void Of_two_records_with_one_alias_the_ordinally_first_path_keeps_it()
    {
        // 'B' < 'a' ordinally; the later record is given first.
        var later = ("a/PMC5869700__second.md", Records.Text("PMC5869700__second", "figtitle: Later", "figid_alias: PMC5869700__F6"));
        var first = ("B/PMC5869700__first.md", Records.Text("PMC5869700__first", "figtitle: First", "figid_alias: PMC5869700__F6"));
        var run = GeneratorHarness.Run([later, first, (Mouse, "PMC5869700__F6\tT\t21897\n")]);

        DiagnosticAssert.Single(run, "PFOCR021", DiagnosticSeverity.Warning, "a/PMC5869700__second.md", 5, 14);
        var figure = run.Load().Call("Figures", "ById", "PMC5869700__F6")!;
        Assert.Equal("PMC5869700__first", Get(figure, "Id"));
        Assert.Equal([21897], List(Get(figure, "Genes")).Select(g => (int)Get(g, "EntrezId")!));
    }
}
