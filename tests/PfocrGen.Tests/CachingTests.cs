using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Collections.Immutable;
using PfocrGen.Building;
using PfocrGen.Model;
using PfocrGen.Packing;
using PfocrGen.Parsing;
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
    public void A_caption_edit_rebuilds_the_dataset_but_does_not_rerun_naming()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace App; internal static class Program { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var seed = files.Single(f => f.Path == TestData.Seed.Path);
        var text = seed.GetText()!.ToString();
        Assert.Contains("caption: IL-12 signaling pathway.", text, StringComparison.Ordinal);
        var edited = new InMemoryAdditionalText(seed.Path, text.Replace("caption: IL-12 signaling pathway.", "caption: The IL-12 signaling pathway.", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(seed, edited).RunGenerators(compilation).GetRunResult();

        // The dataset is built anew (a caption is data), but the keys naming depends on are equal, so naming is not
        // run at all: Cached, not Unchanged (which would mean it ran again and happened to give equal names).
        Assert.Equal([IncrementalStepRunReason.Modified], TrackedSteps.Reasons(result, TrackingNames.BuildDataset));
        Assert.Equal([IncrementalStepRunReason.Cached], TrackedSteps.Reasons(result, TrackingNames.NameMembers));

        // And what it generated is what a cold run over the edited files generates.
        var cold = GeneratorHarness.CreateDriver([.. files.Where(f => f != seed), edited]).RunGenerators(compilation).GetRunResult();
        Assert.Equal(
            cold.GeneratedTrees.Select(t => (Path.GetFileName(t.FilePath), t.ToString())).Order(),
            result.GeneratedTrees.Select(t => (Path.GetFileName(t.FilePath), t.ToString())).Order());
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("The IL-12 signaling pathway.", StringComparison.Ordinal));
    }

    [Fact]
    public void Datasets_are_equal_when_built_from_equal_inputs()
    {
        var options = GeneratorOptions.Default;
        var encoded = TestData.SampleFiles
            .Select(f => SegmentEncoder.Encode(InputFileParser.Parse(new InMemoryAdditionalText(f.Path, f.Text), CancellationToken.None), options))
            .ToImmutableArray();

        var first = DatasetBuilder.Build(encoded, options);
        var again = DatasetBuilder.Build(encoded, options);
        var fewer = DatasetBuilder.Build(encoded.RemoveAt(0), options);
        var otherOptions = DatasetBuilder.Build(encoded, options with { GeneMembers = GeneMemberMode.None });

        Assert.NotSame(first, again);
        Assert.Equal(first, again);
        Assert.NotEqual(first, fewer);
        Assert.NotEqual(first, otherOptions);
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
