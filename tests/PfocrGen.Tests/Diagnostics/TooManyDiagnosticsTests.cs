using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR017: one file reports at most 100 diagnostics, then one warning counting the rest, so a file of millions
/// of bad rows costs neither gigabytes of diagnostics nor an unreadable build log. Good rows are still read.
/// </summary>
public sealed class TooManyDiagnosticsTests
{
    [Fact]
    public void Problems_past_the_hundredth_are_counted_in_one_warning_at_the_first_of_them()
    {
        var rows = Enumerable.Repeat("bad\trow", 150).Append(Records.GeneRow("STAT4", "STAT4", "6775")).ToArray();

        var run = GeneratorHarness.Run([Records.File("PMC1__x"), Records.GenesTable("PMC1__x", rows)]);

        Assert.Equal(100, run.Pfocr.Count(d => d.Id == "PFOCR008"));
        var summary = Assert.Single(run.Pfocr, d => d.Id == "PFOCR017");
        // The header is line 1, so the 101st bad row is line 102.
        DiagnosticAssert.At(summary, "PFOCR017", DiagnosticSeverity.Warning, "records/PMC1__x-genes.tsv", 102, 1);
        Assert.StartsWith("50 more problems", summary.GetMessage(), StringComparison.Ordinal);
        var genes = LoadedAssembly.List(LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "Genes"));
        Assert.Equal([6775], genes.Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!));
    }
}
