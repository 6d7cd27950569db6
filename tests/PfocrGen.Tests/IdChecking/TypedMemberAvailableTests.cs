using Microsoft.CodeAnalysis;
using PfocrGen.Diagnostics;
using PfocrGen.IdChecking;
using PfocrGen.Model;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.IdChecking.IdCheckHarness;

namespace PfocrGen.Tests.IdChecking;

/// <summary>
/// PFOCR023: a constant id that has a typed member is an info diagnostic on the call, carrying the member for the
/// code fix (tests/PfocrGen.IdeTests applies it). Member names come from the generator's own naming, so a name
/// the generator had to change (PFOCR010) is offered as changed. A known id without a member gets PFOCR027 instead
/// (<see cref="KnownIdDescriptionTests"/>), so these tests look at PFOCR023 alone.
/// </summary>
public sealed class TypedMemberAvailableTests
{
    private static IReadOnlyList<Diagnostic> Sample(string statements, IReadOnlyDictionary<string, string>? properties = null) =>
        Analyze(TestData.SampleFiles, Consumer(statements), properties).Where(d => d.Id == TypedMemberFix.DiagnosticId).ToList();

    [Fact]
    public void Known_figure_id_offers_the_figure_member()
    {
        var diagnostic = Assert.Single(Sample("""var title = Figures.ById("PMC2869233__ijms-11-00789f3")!.Title;"""));

        Assert.Equal(("PFOCR023", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("Figures.ById(\"PMC2869233__ijms-11-00789f3\")", LocatedText(diagnostic));
        Assert.Equal(
            "Figures.ById(\"PMC2869233__ijms-11-00789f3\") can be written Figures.PMC2869233__ijms_11_00789f3: a typed member, checked by the compiler and never null",
            diagnostic.GetMessage());
        Assert.Equal(("Pfocr", "Figures", "PMC2869233__ijms_11_00789f3"), Member(diagnostic));
    }

    [Fact]
    public void Known_pmcid_offers_the_paper_member_on_Figures()
    {
        var diagnostic = Assert.Single(Sample("""var paper = Papers.ById(Paper);"""));

        Assert.Equal(("Pfocr", "Figures", "PMC2869233"), Member(diagnostic));
    }

    [Fact]
    public void Known_entrez_id_offers_the_gene_member_but_a_symbol_lookup_returns_a_list_and_is_left_alone()
    {
        var diagnostic = Assert.Single(Sample("""var genes = (Genes.ByEntrez(6775), Genes.BySymbol("STAT4"));"""));

        Assert.Equal("Genes.ByEntrez(6775)", LocatedText(diagnostic));
        Assert.Equal(("Pfocr", "Genes", "STAT4"), Member(diagnostic));
    }

    [Fact]
    public void Gene_whose_member_name_was_changed_is_offered_under_the_changed_name()
    {
        // Two ACO2 genes: the human one keeps the plain name, the other gets its Entrez id (PFOCR010).
        var records = new[]
        {
            Records.File("PMC1__f1"),
            Records.GenesTable("PMC1__f1", Records.GeneRow("ACO2", "ACO2", "50"), Records.GeneRow("ACO2", "ACO2", "817774", 3702, "Arabidopsis thaliana")),
        };

        var diagnostics = Analyze(records, Consumer("""var genes = (Genes.ByEntrez(50), Genes.ByEntrez(817774));"""));

        Assert.Equal([("Pfocr", "Genes", "ACO2"), ("Pfocr", "Genes", "ACO2_817774")], diagnostics.Select(Member));
    }

    [Fact]
    public void Figure_member_is_not_offered_when_figure_members_are_off_but_the_paper_member_is()
    {
        var properties = new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" };

        var diagnostic = Assert.Single(Sample("""var found = (Figures.ById("PMC2869233__ijms-11-00789f3"), Papers.ById("PMC2869233"));""", properties));

        Assert.Equal("Papers.ById(\"PMC2869233\")", LocatedText(diagnostic));
    }

    [Fact]
    public void Gene_member_is_not_offered_when_gene_members_are_off()
    {
        var properties = new Dictionary<string, string> { ["PfocrGenGeneMembers"] = "false" };

        // What the member's doc comment said comes as PFOCR027 instead.
        Assert.Equal(["PFOCR027"], Analyze(TestData.SampleFiles, Consumer("""var gene = Genes.ByEntrez(6775);"""), properties).Select(d => d.Id));
    }

    [Theory]
    [InlineData("All", "STAT4")]
    [InlineData("Auto", "STAT4")]
    [InlineData("None", null)]
    public void Gene_member_names_follow_the_gene_members_option(string setting, string? expected)
    {
        var run = GeneratorHarness.Run(TestData.SampleFiles);
        var known = new KnownIds(GeneratedIdCatalog.TryRead(run.Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!)!);

        Assert.Equal(expected, known.TypedMember(LookupKind.GeneEntrez, 6775, FigureMemberMode.Auto, Enum.Parse<GeneMemberMode>(setting))?.Member);
    }

    [Fact]
    public void Renamed_namespace_is_carried_to_the_fix()
    {
        var properties = new Dictionary<string, string> { ["PfocrGenNamespace"] = "MyLab.Pathways" };

        var diagnostic = Assert.Single(Analyze(TestData.SampleFiles, Consumer("""var gene = Genes.ByEntrez(6775);""", "MyLab.Pathways"), properties));

        Assert.Equal(("MyLab.Pathways", "Genes", "STAT4"), Member(diagnostic));
    }

    private static (string?, string?, string?) Member(Diagnostic diagnostic)
    {
        Assert.Equal(TypedMemberFix.DiagnosticId, diagnostic.Id);
        return (diagnostic.Properties[TypedMemberFix.NamespaceKey], diagnostic.Properties[TypedMemberFix.TypeKey], diagnostic.Properties[TypedMemberFix.MemberKey]);
    }
}
