using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests;

/// <summary>
/// Issue #25, item 2: a keystroke in the consumer's C# (a new compilation, no input file changed) costs PfocrGen no
/// work. The generator reads nothing from the compilation: what it needs of the consumer comes from the parse options,
/// the metadata references (the same objects while the project's references are) and the declarations of a
/// hand-written polyfill, looked for syntactically in the edited tree only.
/// </summary>
public sealed class KeystrokeTests
{
    private const string App = "namespace App; internal static class Program { public static int Main() { return 1; } }";

    [Fact]
    public void A_csharp_only_edit_reruns_no_PfocrGen_step_and_reads_no_compilation()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation(App);
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        // A keystroke: the app's file gets a new text, so the compilation is new and its one tree differs.
        var tree = compilation.SyntaxTrees.Single();
        var typed = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(App.IndexOf("1;", StringComparison.Ordinal), 1, "12")));
        var result = driver.RunGenerators(typed).GetRunResult();
        var steps = TrackedSteps.All(result).ToList();

        // No step takes the compilation as input: nothing re-runs in proportion to the consumer's code.
        Assert.DoesNotContain(steps, s => TrackedSteps.IsCompilationInput(s.Name));

        // Every named step and every source output was taken from the last run without running: Cached, not even
        // Unchanged (which would mean the step ran and happened to give an equal value).
        var named = steps.Where(s => s.Name is not "AdditionalTexts" and not "ParseOptions" and not "AnalyzerConfigOptions" and not "MetadataReferences").ToList();
        Assert.Contains(named, s => s.Name == TrackingNames.ConsumerTarget);
        Assert.Contains(named, s => s.Name == TrackingNames.ReadReference);
        Assert.Contains(named, s => s.Name == TrackingNames.ParseFile);
        Assert.All(named, s => Assert.All(s.Step.Outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{s.Name} ran: {o.Reason}")));
        Assert.Equal(before, result.GeneratedTrees.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData("namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }")]
    [InlineData("namespace System.Runtime.CompilerServices;\ninternal static class IsExternalInit { }")]
    [InlineData("namespace System.Runtime { namespace CompilerServices { internal sealed class IsExternalInit { } } }")]
    public void A_handwritten_IsExternalInit_polyfill_gives_init_accessors_where_the_framework_has_none(string polyfill)
    {
        Assert.False(InitAccessors(NetStandard20.References.All, App));
        Assert.True(InitAccessors(NetStandard20.References.All, App, polyfill));
        Assert.True(InitAccessors(Net80.References.All, App));
    }

    [Theory]
    [InlineData("namespace Other.CompilerServices { internal static class IsExternalInit { } }")]
    [InlineData("namespace System.Runtime.CompilerServices { internal static class Outer { internal static class IsExternalInit { } } }")]
    [InlineData("namespace System.Runtime.CompilerServices { internal static class IsExternalInit<T> { } }")]
    public void A_type_that_is_not_the_polyfill_is_not_taken_for_it(string declaration)
    {
        Assert.False(InitAccessors(NetStandard20.References.All, App, declaration));
    }

    [Fact]
    public void Typing_the_polyfill_into_a_file_switches_to_init_accessors_and_deleting_it_back()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = Consumer(NetStandard20.References.All, App);
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.False(InitAccessors(driver.GetRunResult()));

        var tree = compilation.SyntaxTrees.Single();
        var withPolyfill = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(
            new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }\n"))));
        driver = driver.RunGenerators(withPolyfill);
        Assert.True(InitAccessors(driver.GetRunResult()));

        driver = driver.RunGenerators(compilation);
        Assert.False(InitAccessors(driver.GetRunResult()));
    }

    private static bool InitAccessors(IEnumerable<MetadataReference> references, params string[] sources)
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return InitAccessors(GeneratorHarness.CreateDriver(files).RunGenerators(Consumer(references, sources)).GetRunResult());
    }

    private static bool InitAccessors(GeneratorDriverRunResult result) =>
        result.GeneratedTrees.Any(t => t.ToString().Contains("#define PFOCR_INIT_ACCESSORS", StringComparison.Ordinal));

    private static CSharpCompilation Consumer(IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"Consumer{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
}
