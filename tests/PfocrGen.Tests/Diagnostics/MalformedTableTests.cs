using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR008: a table without a required column, or a row with the wrong cell count, is reported; good rows stay.</summary>
public sealed class MalformedTableTests
{
    [Fact]
    public void Row_with_the_wrong_cell_count_is_reported_on_its_line_and_skipped()
    {
        var rows = new[]
        {
            Records.GeneRow("STAT4", "STAT4", "6775"),
            "9606\tHomo sapiens\tT-bet\tTBX21\t30009",
            Records.GeneRow("IL12A", "IL12A", "3592"),
        };
        var run = GeneratorHarness.Run([Records.File("PMC1__x"), Records.GenesTable("PMC1__x", rows)]);

        DiagnosticAssert.Single(run, "PFOCR008", DiagnosticSeverity.Warning, "records/PMC1__x-genes.tsv", 3, 1);
        var genes = LoadedAssembly.List(LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "Genes"));
        Assert.Equal([6775, 3592], genes.Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!));
    }

    [Fact]
    public void Header_without_a_required_column_is_reported_on_line_1()
    {
        var table = ("records/PMC1__x-genes.tsv", "word\tncbigene_symbol\tsource\nSTAT4\tSTAT4\tncbigene_symbol\n");

        var run = GeneratorHarness.Run([Records.File("PMC1__x"), table]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR008", DiagnosticSeverity.Warning, "records/PMC1__x-genes.tsv", 1, 1);
        Assert.Contains("'ncbigene_id'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC1__x"));
    }
}
