using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR003: figid and pmcid are required; the diagnostic sits on the key, or on line 1 when there is none.</summary>
public sealed class MissingRequiredFieldTests
{
    [Fact]
    public void Missing_pmcid_is_reported_on_line_1()
    {
        var run = GeneratorHarness.Run([("records/x.md", "---\nfigid: PMC1__x\nfigtitle: T\n---\n")]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR003", DiagnosticSeverity.Error, "records/x.md", 1, 1);
        Assert.Contains("'pmcid'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figid: ''")]
    [InlineData("figid:")]
    [InlineData("figid: .na.character")]
    [InlineData("figid: [PMC1__x]")]
    public void Empty_or_placeholder_figid_is_reported_on_its_key(string figidLine)
    {
        var run = GeneratorHarness.Run([("records/x.md", "---\nfigtitle: T\n" + figidLine + "\npmcid: PMC1\n---\n")]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR003", DiagnosticSeverity.Error, "records/x.md", 3, 1);
        Assert.Contains("'figid'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
