using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR009: a sidecar table whose figid no record declares is a warning on line 1 of the table.</summary>
public sealed class OrphanTableTests
{
    [Fact]
    public void Table_without_a_record_is_reported_on_its_first_line()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x"), Records.GenesTable("PMC1__y", Records.GeneRow("STAT4", "STAT4", "6775"))]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR009", DiagnosticSeverity.Warning, "records/PMC1__y-genes.tsv", 1, 1);
        Assert.Contains("'PMC1__y'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
