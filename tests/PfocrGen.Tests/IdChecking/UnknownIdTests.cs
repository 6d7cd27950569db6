using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.IdChecking.IdCheckHarness;

namespace PfocrGen.Tests.IdChecking;

/// <summary>
/// PFOCR022: a constant id that no compiled record has is a warning on the argument, naming the nearest ids.
/// Records: the sample's (the seed figure PMC2869233__ijms-11-00789f3, a v1 record and a v3 record with tables).
/// </summary>
public sealed class UnknownIdTests
{
    private static IReadOnlyList<Diagnostic> Sample(string statements, IReadOnlyDictionary<string, string>? properties = null) =>
        Analyze(TestData.SampleFiles, Consumer(statements), properties).Where(d => d.Id == "PFOCR022").ToList();

    [Fact]
    public void Figure_id_typo_warns_on_the_literal_and_names_the_nearest_figure_id()
    {
        var diagnostic = Assert.Single(Sample("""var figure = Figures.ById("PMC2869233__ijms-11-00789f4");"""));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("\"PMC2869233__ijms-11-00789f4\"", LocatedText(diagnostic));
        Assert.Equal(
            "No compiled record has the figure id \"PMC2869233__ijms-11-00789f4\", so Figures.ById finds nothing at run time; nearest: 'PMC2869233__ijms-11-00789f3'",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Const_fields_and_constant_interpolations_are_checked_and_located_on_the_argument()
    {
        var diagnostics = Sample("""
            const string Typo = "PMC2869233__ijms-11-00789F3x";
            var a = Figures.ById(Typo);
            var b = Figures.ById($"{Paper}__ijms-11-00789f9");
            """);

        Assert.Equal(["Typo", "$\"{Paper}__ijms-11-00789f9\""], diagnostics.Select(LocatedText));
        Assert.All(diagnostics, d => Assert.Contains("'PMC2869233__ijms-11-00789f3'", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_pmcid_given_as_figure_id_offers_the_papers_figures()
    {
        var diagnostic = Assert.Single(Sample("""var figure = Figures.ById("PMC2869233");"""));

        Assert.EndsWith("; nearest: 'PMC2869233__ijms-11-00789f3'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_pmcid_names_the_nearest_paper()
    {
        var diagnostic = Assert.Single(Sample("""var paper = Papers.ById("PMC2869234");"""));

        Assert.Contains("PMCID \"PMC2869234\", so Papers.ById", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("; nearest: 'PMC2869233'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Id_far_from_every_known_id_says_so()
    {
        var diagnostic = Assert.Single(Sample("""var disease = Diseases.ById("DOID:0000001234");"""));

        Assert.EndsWith("; no known id is close to it", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_entrez_id_warns_and_a_known_one_does_not()
    {
        var diagnostic = Assert.Single(Sample("""var genes = new[] { Genes.ByEntrez(6775), Genes.ByEntrez(67750) };"""));

        Assert.Equal("67750", LocatedText(diagnostic));
        Assert.Equal("No compiled record has the NCBI gene id 67750, so Genes.ByEntrez finds nothing at run time", diagnostic.GetMessage());
    }

    [Fact]
    public void Chemical_and_disease_ids_are_matched_ignoring_case_as_at_run_time()
    {
        var diagnostics = Sample("""
            var known = new object?[] { Chemicals.ById("chebi:15422"), Chemicals.ById("MESH:D000255"), Diseases.ById("doid:8778") };
            var unknown = Chemicals.ById("CHEBI:15423");
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("\"CHEBI:15423\"", LocatedText(diagnostic));
        Assert.EndsWith("; nearest: 'CHEBI:15422'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_in_another_case_names_that_symbol_in_each_organism_that_has_it()
    {
        var records = new[]
        {
            Records.File("PMC1__f1"),
            Records.GenesTable("PMC1__f1", Records.GeneRow("STAT4", "STAT4", "6775"), Records.GeneRow("Stat4", "Stat4", "20849", 10090, "Mus musculus")),
        };

        var diagnostics = Analyze(records, Consumer("""var genes = new[] { Genes.BySymbol("Stat4"), Genes.BySymbol("STAT4"), Genes.BySymbol("stat4") };"""))
            .Where(d => d.Id == "PFOCR022").ToList();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("\"stat4\"", LocatedText(diagnostic));
        Assert.EndsWith(
            "; nearest: 'STAT4' (Homo sapiens, NCBI Gene 6775), 'Stat4' (Mus musculus, NCBI Gene 20849)",
            diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_that_the_records_give_as_a_synonym_names_the_gene_it_is_a_synonym_of()
    {
        // T-bet matched TBX21 through an NCBI synonym in the sample's v3 table.
        var diagnostic = Assert.Single(Sample("""var genes = Genes.BySymbol("T-bet");"""));

        Assert.Contains("'TBX21' (Homo sapiens, NCBI Gene 30009, which has 'T-bet' as a synonym)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_typo_names_symbols_a_few_edits_away()
    {
        var diagnostic = Assert.Single(Sample("""var genes = Genes.BySymbol("STAT5");"""));

        Assert.Contains("'STAT4' (Homo sapiens, NCBI Gene 6775)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_constant_arguments_are_not_checked()
    {
        var diagnostics = Sample("""
            var id = Console.ReadLine()!;
            var a = Figures.ById(id);
            var b = Genes.ByEntrez(int.Parse(id));
            var c = Genes.BySymbol(id.ToUpperInvariant());
            var d = Papers.ById(id + "x");
            var e = Figures.ById(null!);
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Project_without_records_gets_no_id_diagnostics()
    {
        var diagnostics = Analyze([], Consumer("""var figure = Figures.ById("PMC2869233__ijms-11-00789f4"); var gene = Genes.ByEntrez(1);"""));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Same_named_api_without_the_generator_is_not_checked()
    {
        var compilation = GeneratorHarness.CreateCompilation("""
            namespace Pfocr
            {
                internal static class PfocrTables { private const string IndexText = ""; }
                internal static class Figures { public static object? ById(string id) => null; }
                internal static class Use { public static object? Run() => Figures.ById("nothing"); }
            }
            """);

        Assert.Empty(AnalyzeCompilation(compilation));
    }

    [Fact]
    public void Analyzer_follows_the_PfocrGenNamespace_option()
    {
        var properties = new Dictionary<string, string> { ["PfocrGenNamespace"] = "MyLab.Pathways" };
        var consumer = Consumer("""
            var generated = Figures.ById("PMC2869233__ijms-11-00789f4");
            var other = Pfocr.Figures.ById("PMC2869233__ijms-11-00789f4");
            """, "MyLab.Pathways") + """

            namespace Pfocr
            {
                internal static class Figures { public static object? ById(string id) => null; }
            }
            """;

        var diagnostics = Analyze(TestData.SampleFiles, consumer, properties).Where(d => d.Id == "PFOCR022").ToList();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("\"PMC2869233__ijms-11-00789f4\"", LocatedText(diagnostic));
        Assert.Contains("generated = ", diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    public void Severity_is_configurable_like_any_analyzer_diagnostic(ReportDiagnostic configured, DiagnosticSeverity expected)
    {
        var diagnostics = Analyze(
            TestData.SampleFiles, Consumer("""var figure = Figures.ById("PMC2869233__ijms-11-00789f4");"""),
            configure: options => options.WithSpecificDiagnosticOptions([new("PFOCR022", configured)]));

        Assert.Equal(expected, Assert.Single(diagnostics, d => d.Id == "PFOCR022").Severity);
    }
}
