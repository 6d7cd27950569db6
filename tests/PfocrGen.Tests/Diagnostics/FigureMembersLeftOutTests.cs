using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR018: a class holds at most 65,535 methods, so past 65,000 papers and figures the per-figure members are
/// left out (the CLR would refuse to load <c>Figures</c>), and the user is told why they are missing.
/// </summary>
public sealed class FigureMembersLeftOutTests
{
    [Fact]
    public void Too_many_papers_and_figures_leave_out_figure_members_with_an_info_diagnostic()
    {
        // One GMT line is one paper and one figure: 33,000 lines make 66,000 members.
        var gmt = string.Concat(Enumerable.Range(1, 33_000).Select(i => $"PMC{i}__f1\tSet {i}\t{1 + (i % 500)}\n"));

        var run = GeneratorHarness.Run([("sets/big.gmt", gmt)]);

        var diagnostic = Assert.Single(run.Pfocr);
        Assert.Equal(("PFOCR018", DiagnosticSeverity.Info, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.Contains("66000 papers and figures", diagnostic.GetMessage(), StringComparison.Ordinal);
        var sources = string.Concat(run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("public static global::Pfocr.Paper PMC12345 ", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("global::Pfocr.Figure PMC12345__f1", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_limit_figure_members_are_generated_without_a_diagnostic()
    {
        var run = GeneratorHarness.Run([("sets/small.gmt", "PMC1__f1\tSet\t6775\n")]);

        Assert.Empty(run.Pfocr);
        Assert.Contains("global::Pfocr.Figure PMC1__f1 ", string.Concat(run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString())), StringComparison.Ordinal);
    }
}
