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
    public void Editing_only_csharp_code_reruns_no_step()
    {
        var files = Corpus();
        var (driver, compilation) = WarmRun(files);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        var rerun = TrackedSteps.All(result)
            .SelectMany(s => s.Step.Outputs.Select(o => (s.Name, o.Reason)))
            .Where(o => !TrackedSteps.IsReused(o.Reason))
            .ToList();
        Assert.Empty(rerun);
        Assert.Contains(TrackedSteps.All(result), s => s.Name == TrackingNames.ParseFile);
    }

    private static List<AdditionalText> Corpus() =>
        SyntheticCorpus.SyntheticCorpus.Generate(Records)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToList();

    private static (GeneratorDriver Driver, Compilation Compilation) WarmRun(List<AdditionalText> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace App; internal static class Program { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        return (driver, compilation);
    }
}
