using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>The namespace and visibility options shape the generated API as the package README promises.</summary>
public sealed class OptionEffectTests
{
    [Fact]
    public void Types_are_internal_in_namespace_Pfocr_by_default()
    {
        var api = GeneratorHarness.Run([TestData.Seed]).Load();

        Assert.False(api.Type("Figures").IsPublic);
        Assert.False(api.Type("Genes").IsPublic);
    }

    [Fact]
    public void Custom_namespace_and_public_visibility_are_applied()
    {
        var properties = new Dictionary<string, string> { ["PfocrGenNamespace"] = "MyLab.Pathways", ["PfocrGenVisibility"] = "public" };
        var run = GeneratorHarness.Run([TestData.Seed], properties: properties);

        var api = LoadedAssembly.From(run.Compilation, "MyLab.Pathways");

        Assert.Empty(run.CompilerProblems);
        Assert.True(api.Type("Figures").IsPublic);
        Assert.True(api.Type("Genes").IsPublic);
        Assert.Null(api.Assembly.GetType("Pfocr.Figures"));
        var paper = api.Type("Figures").GetProperty("PMC2869233", BindingFlags.Public | BindingFlags.Static);
        Assert.NotNull(paper);
    }
}
