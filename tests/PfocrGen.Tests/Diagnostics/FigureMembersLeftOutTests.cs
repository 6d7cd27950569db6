using Microsoft.CodeAnalysis;
using PfocrGen.Model;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR018: with <c>PfocrGenFigureMembers=auto</c> (the default), a dataset of more than
/// <see cref="TypedMemberPolicy.AutoFigureLimit"/> figures gets no member per paper or figure, since those members
/// are most of a release-sized build, and the user is told why they are missing and how to keep them.
/// </summary>
public sealed class FigureMembersLeftOutTests
{
    private static readonly int OverTheLimit = TypedMemberPolicy.AutoFigureLimit + 1;

    [Fact]
    public void Above_the_limit_auto_leaves_out_paper_and_figure_members_with_an_info_diagnostic_and_keeps_gene_members()
    {
        var run = GeneratorHarness.Run(
            [("sets/big.gmt", BigGmt()), ("ncbi/Homo_sapiens.gene_info", GeneInfoText.Header + "\n9606\t6775\tSTAT4\t-\t-\t-\t2\t-\t-\tprotein-coding\t-\t-\t-\t-\t20250701\t-\n")],
            "namespace App { static class Use { static object[] Touch() => new object[] { Pfocr.Figures.ById(\"PMC4321__f1\")!, Pfocr.Papers.ById(\"PMC4321\")!, Pfocr.Genes.STAT4 }; } }");

        var diagnostic = Assert.Single(run.Pfocr);
        Assert.Equal(("PFOCR018", DiagnosticSeverity.Info, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.Contains("5,001 figures are more than the 5,000", diagnostic.GetMessage(), StringComparison.Ordinal);
        var sources = Sources(run);
        Assert.DoesNotContain("global::Pfocr.Paper PMC4321 ", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("global::Pfocr.Figure PMC4321__f1 ", sources, StringComparison.Ordinal);
        Assert.Contains("global::Pfocr.Gene STAT4 ", sources, StringComparison.Ordinal);

        // Every figure and paper stays reachable by id.
        var api = run.Load();
        Assert.Equal(OverTheLimit, LoadedAssembly.List(api.Static("Figures", "All")).Count());
        Assert.Equal("PMC4321__f1", api.Call("Figures", "ById", "PMC4321__f1")!.ToString());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void An_explicit_setting_is_kept_at_any_size_without_a_diagnostic(string setting)
    {
        var run = GeneratorHarness.Run([("sets/big.gmt", BigGmt())], properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = setting });

        Assert.Empty(run.Pfocr);
        var sources = Sources(run);
        Assert.Contains("global::Pfocr.Paper PMC4321 ", sources, StringComparison.Ordinal);
        Assert.Equal(setting == "true", sources.Contains("global::Pfocr.Figure PMC4321__f1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Below_the_limit_paper_and_figure_members_are_generated_without_a_diagnostic()
    {
        var run = GeneratorHarness.Run([("sets/small.gmt", "PMC1__f1\tSet\t6775\n")]);

        Assert.Empty(run.Pfocr);
        Assert.Contains("global::Pfocr.Figure PMC1__f1 ", Sources(run), StringComparison.Ordinal);
        Assert.Contains("global::Pfocr.Paper PMC1 ", Sources(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auto", 5_000, true, true)]
    [InlineData("Auto", 5_001, false, false)]
    [InlineData("All", 500_000, true, true)]
    [InlineData("PapersOnly", 10, true, false)]
    [InlineData("PapersOnly", 500_000, true, false)]
    public void The_policy_decides_each_kind_of_member_by_mode_and_figure_count(string setting, int figures, bool papers, bool figureMembers)
    {
        var mode = Enum.Parse<FigureMemberMode>(setting);
        Assert.Equal((papers, figureMembers), (TypedMemberPolicy.PaperMembers(mode, figures), TypedMemberPolicy.FigureMembers(mode, figures)));
        Assert.Equal(mode == FigureMemberMode.Auto && !papers, TypedMemberPolicy.AutoLeftOut(mode, figures));
    }

    // One GMT line is one paper and one figure; STAT4 (6775) is in the last one.
    private static string BigGmt() => string.Concat(Enumerable.Range(1, OverTheLimit).Select(i => $"PMC{i}__f1\tSet {i}\t{1 + (i % 500)}{(i == OverTheLimit ? "\t6775" : "")}\n"));

    private static string Sources(GeneratorRun run) => string.Concat(run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
}
