using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>The MSBuild options: namespace, visibility, per-figure members, and invalid values.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Namespace_option_moves_the_whole_api()
    {
        var run = GeneratorHarness.Run(
            [TestData.Seed],
            "namespace Lab.Pathways { internal static class Use { public static object G => Genes.STAT4; } }",
            new Dictionary<string, string> { ["PfocrGenNamespace"] = "Lab.Pathways" });

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("Lab.Pathways.Figures"));
        Assert.Null(run.Compilation.GetTypeByMetadataName("Pfocr.Figures"));
    }

    [Fact]
    public void Public_visibility_documents_every_public_member()
    {
        // The undocumented consumer class proves that missing-doc warnings (CS1591) are reported in this setup.
        var run = GeneratorHarness.Run(
            TestData.SampleFiles,
            "public static class Undocumented { }",
            new Dictionary<string, string> { ["PfocrGenVisibility"] = "public" });

        Assert.Equal(Accessibility.Public, run.Compilation.GetTypeByMetadataName("Pfocr.Figure")!.DeclaredAccessibility);
        var problem = Assert.Single(run.CompilerProblems);
        Assert.Equal("CS1591", problem.Id);
        Assert.Equal("Consumer.cs", problem.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Types_are_internal_by_default()
    {
        var run = GeneratorHarness.Run([TestData.Seed]);

        Assert.Equal(Accessibility.Internal, run.Compilation.GetTypeByMetadataName("Pfocr.Figures")!.DeclaredAccessibility);
    }

    [Fact]
    public void Figure_members_can_be_left_out_while_lookups_still_find_every_figure()
    {
        var run = GeneratorHarness.Run(TestData.SampleFiles, properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" });

        var figures = run.Compilation.GetTypeByMetadataName("Pfocr.Figures")!;
        Assert.Empty(figures.GetMembers("PMC2869233__ijms_11_00789f3"));
        Assert.NotEmpty(figures.GetMembers("PMC2869233"));
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC2869233__ijms-11-00789f3"));
    }

    [Theory]
    [InlineData("PfocrGenNamespace", "My-Namespace")]
    [InlineData("PfocrGenNamespace", "class")]
    [InlineData("PfocrGenVisibility", "protected")]
    [InlineData("PfocrGenFigureMembers", "maybe")]
    [InlineData("PfocrGenDocCaptionLength", "-1")]
    public void Invalid_option_value_is_reported_and_the_default_used(string property, string value)
    {
        var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.Pfocr);
        Assert.Equal("PFOCR015", diagnostic.Id);
        Assert.Contains(property, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("Pfocr.Figures"));
    }
}
