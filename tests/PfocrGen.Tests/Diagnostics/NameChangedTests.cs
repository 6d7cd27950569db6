using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR010: a member name that differs from the plain rule is an info diagnostic on the value it comes from.</summary>
public sealed class NameChangedTests
{
    [Fact]
    public void Symbol_with_a_leading_digit_is_reported_on_its_symbol_cell()
    {
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__x"),
            Records.GenesTable("PMC1__x", Records.GeneRow("14-3-3e", "14-3-3epsilon", "36246")),
        ]);

        // ncbigene_symbol is the 6th cell, after the 43 characters "9606\tHomo sapiens\tPrimates\t14-3-3e\t14-3-3e\t".
        var diagnostic = DiagnosticAssert.Single(run, "PFOCR010", DiagnosticSeverity.Info, "records/PMC1__x-genes.tsv", 2, 44);
        Assert.Contains("'_14_3_3epsilon'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_symbol_in_front_matter_is_reported_on_its_hgnc_symbol()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "genes:", "- word: ALL", "  hgnc_symbol: All", "  entrez: '1'")]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR010", DiagnosticSeverity.Info, "records/PMC1__x.md", 6, 16);
        Assert.Contains("'All_'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_shared_by_several_genes_is_one_diagnostic_naming_each_gene_with_its_organism_and_id()
    {
        // ACO2 as PFOCR has it: human 47 keeps the name, the two Arabidopsis genes get their ids as suffixes.
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__x"),
            Records.GenesTable(
                "PMC1__x",
                Records.GeneRow("ACO2", "ACO2", "47"),
                Records.GeneRow("ACO2", "ACO2", "828805", 3702, "Arabidopsis thaliana"),
                Records.GeneRow("ACO2", "ACO2", "842536", 3702, "Arabidopsis thaliana")),
            Records.File("PMC2__y"),
            Records.GenesTable("PMC2__y", Records.GeneRow("ACO2", "ACO2", "842536", 3702, "Arabidopsis thaliana")),
        ]);

        // Reported once, on the first renamed gene's symbol cell (row 3 of the first table, after "3702\tArabidopsis thaliana\tPrimates\tACO2\tACO2\t"), not once per gene.
        var diagnostic = DiagnosticAssert.Single(run, "PFOCR010", DiagnosticSeverity.Info, "records/PMC1__x-genes.tsv", 3, 46);
        Assert.Equal(
            "'ACO2' is generated as member 'ACO2_828805' (3 values are named 'ACO2': ACO2 (Homo sapiens, 47) keeps 'ACO2'; "
                + "ACO2 (Arabidopsis thaliana, 828805) is 'ACO2_828805'; ACO2 (Arabidopsis thaliana, 842536) is 'ACO2_842536')",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        Assert.Equal(842536, LoadedAssembly.Get(api.Static("Genes", "ACO2_842536")!, "EntrezId"));
    }

    [Fact]
    public void Without_gene_members_no_gene_name_is_reported()
    {
        var run = GeneratorHarness.Run(
            [
                Records.File("PMC1__x"),
                Records.GenesTable("PMC1__x", Records.GeneRow("ACO2", "ACO2", "47"), Records.GeneRow("ACO2", "ACO2", "828805", 3702, "Arabidopsis thaliana")),
            ],
            properties: new Dictionary<string, string> { ["PfocrGenGeneMembers"] = "false" });

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal(2, LoadedAssembly.List(run.Load().Call("Genes", "BySymbol", "ACO2")).Count());
    }
}
