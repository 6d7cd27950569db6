using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.SyntheticCorpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests;

/// <summary>
/// Issue #4's incrementality contract, asserted on the driver's step records rather than on timings: after a
/// warm run, an edit costs work in proportion to what it touched.
/// </summary>
public sealed class IncrementalityTests
{
    private const int Records = 40;

    [Fact]
    public void Editing_one_record_reparses_only_that_record()
    {
        var files = Corpus();
        var (driver, compilation) = WarmRun(files);

        var edited = files.First(f => f.Path.EndsWith(".md", StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(edited.Path, SyntheticCorpus.SyntheticCorpus.EditRecord(new CorpusFile(edited.Path, edited.GetText()!.ToString()), 1).Text);
        var result = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation).GetRunResult();

        foreach (var step in new[] { TrackingNames.ParseFile, TrackingNames.EncodeFile })
        {
            var reasons = TrackedSteps.Reasons(result, step);
            Assert.Equal(files.Count, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(files.Count - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        }
    }

    [Fact]
    public void Editing_a_title_rewrites_only_its_figure_shard_its_paper_shard_and_the_dataset_info()
    {
        // Enough records for several figure, paper and gene shards.
        var files = Corpus(2_100);
        var (driver, compilation) = WarmRun(files);
        var before = Sources(driver);

        var edited = files.First(f => f.Path.EndsWith(".md", StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(edited.Path, SyntheticCorpus.SyntheticCorpus.EditRecord(new CorpusFile(edited.Path, edited.GetText()!.ToString()), 1).Text);
        driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation);
        var after = Sources(driver);

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, changed.Count);
        Assert.Contains("PfocrGen.Dataset.g.cs", changed);
        Assert.Single(changed, name => name.StartsWith("PfocrGen.Shard", StringComparison.Ordinal));
        Assert.Single(changed, name => name.StartsWith("PfocrGen.Papers", StringComparison.Ordinal));
        Assert.True(before.Keys.Count(name => name.StartsWith("PfocrGen.Shard", StringComparison.Ordinal)) >= 2);

        // No id or symbol changed, so the names of the last run were reused, and the unchanged files were not
        // written again at all (their output steps were cached, not re-run to the same text).
        var result = driver.GetRunResult();
        Assert.All(TrackedSteps.Reasons(result, TrackingNames.NameMembers), r => Assert.True(TrackedSteps.IsReused(r)));
        var rerunOutputs = result.Results.Single().TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs)
            .Count(o => !TrackedSteps.IsReused(o.Reason));
        Assert.Equal(changed.Count, rerunOutputs);
    }

    [Fact]
    public void Editing_only_csharp_code_reruns_no_step()
    {
        var files = Corpus();
        var (driver, compilation) = WarmRun(files);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        var rerun = TrackedSteps.All(result)
            .Where(s => !TrackedSteps.IsCompilationInput(s.Name))
            .SelectMany(s => s.Step.Outputs.Select(o => (s.Name, o.Reason)))
            .Where(o => !TrackedSteps.IsReused(o.Reason))
            .ToList();
        Assert.Empty(rerun);
        Assert.All(TrackedSteps.Reasons(result, TrackingNames.ConsumerTarget), reason => Assert.True(TrackedSteps.IsReused(reason), reason.ToString()));
        Assert.Contains(TrackedSteps.All(result), s => s.Name == TrackingNames.ParseFile);
    }

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static List<AdditionalText> Corpus(int records = Records) =>
        SyntheticCorpus.SyntheticCorpus.Generate(records)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToList();

    private static (GeneratorDriver Driver, Compilation Compilation) WarmRun(List<AdditionalText> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace App; internal static class Program { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        return (driver, compilation);
    }
}
