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

    [Theory]
    [InlineData("true", true)]
    [InlineData("auto", true)]
    [InlineData("false", false)]
    public void Gene_members_can_be_left_out_while_lookups_still_find_every_gene(string option, bool expectMembers)
    {
        var run = GeneratorHarness.Run(TestData.SampleFiles, properties: new Dictionary<string, string> { ["PfocrGenGeneMembers"] = option });

        Assert.Empty(run.CompilerProblems);
        Assert.Equal(expectMembers, run.Compilation.GetTypeByMetadataName("Pfocr.Genes")!.GetMembers("STAT4").Any());
        var memberFiles = run.Result.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("PfocrGen.Genes", StringComparison.Ordinal));
        Assert.Equal(expectMembers, memberFiles.Any(s => s.SourceText.ToString().Contains(" STAT4 =>", StringComparison.Ordinal)));
        // A member file is written only for a shard with members: none without them, and never an empty class.
        Assert.Equal(expectMembers, memberFiles.Any());
        Assert.All(memberFiles, s => Assert.Contains(" => PfocrTables.GeneSlots[", s.SourceText.ToString(), StringComparison.Ordinal));
        var api = run.Load();
        Assert.Equal("STAT4", LoadedAssembly.Get(api.Call("Genes", "ByEntrez", 6775)!, "Symbol"));
        Assert.Single(LoadedAssembly.List(api.Call("Genes", "BySymbol", "STAT4")));
    }
}
