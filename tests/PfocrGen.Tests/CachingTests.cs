using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests;

/// <summary>
/// The pipeline models compare by value and hold no Roslyn objects, so a second run over equal inputs reuses
/// every step (the pattern of NetEscapades.EnumGenerators' TestHelpers).
/// </summary>
public sealed class CachingTests
{
    [Fact]
    public void Second_run_over_the_same_inputs_reuses_every_step()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace App; internal static class Program { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        var steps = TrackedSteps.All(second).ToList();
        Assert.Contains(steps, s => s.Name == TrackingNames.CollectFiles);
        Assert.All(steps.Where(s => !TrackedSteps.IsCompilationInput(s.Name)), s => Assert.All(s.Step.Outputs, o => Assert.True(TrackedSteps.IsReused(o.Reason), $"{s.Name} ran again: {o.Reason}")));
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), second.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void Pipeline_step_outputs_hold_no_roslyn_objects()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        files.Add(new InMemoryAdditionalText("ncbi/Homo_sapiens.gene_info", GeneInfoText.File(GeneInfoText.Row(9606, 6775, "STAT4", "SLEB11"))));
        var result = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var offenders = TrackedSteps.All(result)
            .Where(s => s.Name is TrackingNames.Options or TrackingNames.ParseFile or TrackingNames.EncodeFile or TrackingNames.CollectFiles
                or TrackingNames.BuildDataset or TrackingNames.NameMembers or TrackingNames.PlanOutputs
                or TrackingNames.ParseGeneInfo or TrackingNames.IndexGeneInfo)
            .SelectMany(s => s.Step.Outputs.SelectMany(o => PipelineModelWalker.FindRoslynObjects(o.Value).Select(f => s.Name + " " + f)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Model_walker_finds_a_syntax_node_nested_in_a_model()
    {
        // Guards the guard: a walker that never looks inside would pass the test above vacuously.
        var node = CSharpSyntaxTree.ParseText("class C { }").GetRoot();
        var model = (Name: "x", Items: new object[] { 1, new { Node = node } });

        var found = PipelineModelWalker.FindRoslynObjects(model);

        Assert.Single(found);
        Assert.Contains("CompilationUnitSyntax", found[0]);
    }
}
