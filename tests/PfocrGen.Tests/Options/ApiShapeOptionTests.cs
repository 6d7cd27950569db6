using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>What the options change in the generated API's shape: documentation under public visibility, figure members.</summary>
public sealed class ApiShapeOptionTests
{
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
    public void Figure_members_can_be_left_out_while_lookups_still_find_every_figure()
    {
        var run = GeneratorHarness.Run(TestData.SampleFiles, properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" });

        var figures = run.Compilation.GetTypeByMetadataName("Pfocr.Figures")!;
        Assert.Empty(figures.GetMembers("PMC2869233__ijms_11_00789f3"));
        Assert.NotEmpty(figures.GetMembers("PMC2869233"));
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC2869233__ijms-11-00789f3"));
    }
}
