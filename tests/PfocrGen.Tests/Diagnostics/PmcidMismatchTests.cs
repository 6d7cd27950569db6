using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR007: a pmcid that disagrees with the figid's PMC prefix is a warning on the pmcid value.</summary>
public sealed class PmcidMismatchTests
{
    [Fact]
    public void Pmcid_disagreeing_with_figid_prefix_is_a_warning_and_the_figure_is_kept_under_the_pmcid()
    {
        var run = GeneratorHarness.Run([("records/x.md", "---\nfigid: PMC1__x\nfigtitle: T\npmcid:  PMC2\n---\n")]);

        DiagnosticAssert.Single(run, "PFOCR007", DiagnosticSeverity.Warning, "records/x.md", 4, 9);
        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Equal("PMC2", LoadedAssembly.Get(figure, "Pmcid"));
    }
}
