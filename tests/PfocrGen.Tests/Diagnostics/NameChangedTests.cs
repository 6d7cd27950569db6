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
}
