using System.Xml.Linq;
using PfocrGen.Inputs;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>
/// build/PfocrGen.props (shipped in the package) and the generator agree on the options: an option the props do
/// not make compiler-visible never reaches the generator, and a visible property the generator ignores is a lie.
/// </summary>
public sealed class PackagePropsTests
{
    private static readonly string PropsPath = Path.Combine(AppContext.BaseDirectory, "PackageBuild", "PfocrGen.props");
    private static readonly string TargetsPath = Path.Combine(AppContext.BaseDirectory, "PackageBuild", "PfocrGen.targets");

    private static IReadOnlyList<string> VisibleProperties() =>
        XDocument.Load(PropsPath).Descendants("CompilerVisibleProperty")
            .Select(e => (string)e.Attribute("Include")!)
            .ToList();

    /// <summary>The SDK's own switches, made visible so the generator knows whether the build runs analyzers.</summary>
    private static readonly string[] AnalyzerSwitches = ["RunAnalyzers", "RunAnalyzersDuringBuild"];

    [Fact]
    public void Props_make_every_documented_option_visible_to_the_generator()
    {
        Assert.Equal(
            ["PfocrGenDocCaptionLength", "PfocrGenFigureMembers", "PfocrGenGeneMembers", "PfocrGenGeneSources", "PfocrGenMaxFanOut", "PfocrGenNamespace", "PfocrGenVisibility", .. AnalyzerSwitches],
            VisibleProperties().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generator_reads_every_property_the_props_make_visible()
    {
        // An impossible value for every option: the generator proves it reads a property by rejecting it. The
        // analyzer switches are read as the SDK reads them (InputChecking/AnalyzerSwitchTests).
        foreach (var property in VisibleProperties().Except(AnalyzerSwitches))
        {
            var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { [property] = "@@" });

            Assert.Contains(run.Pfocr, d => d.Id == "PFOCR015" && d.GetMessage().Contains($"'{property}'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PfocrRecord_files_are_listed_in_a_manifest_and_no_item_metadata_is_made_visible()
    {
        // Per-file metadata would put one section per file in the compiler's generated config (quadratic matching).
        Assert.Empty(XDocument.Load(PropsPath).Descendants("CompilerVisibleItemMetadata"));

        var targets = XDocument.Load(TargetsPath);
        Assert.Single(targets.Descendants("AdditionalFiles"), e => (string?)e.Attribute("Include") == "@(PfocrRecord)");
        var manifest = Assert.Single(targets.Descendants("Target"), e => (string?)e.Attribute("Name") == "PfocrGenWriteInputManifest");
        var write = Assert.Single(manifest.Descendants("WriteLinesToFile"));
        Assert.Equal("@(PfocrRecord->'%(FullPath)')", (string?)write.Attribute("Lines"));
        Assert.Equal("true", (string?)write.Attribute("WriteOnlyWhenDifferent"));
        Assert.EndsWith(InputSelection.ManifestFileName, manifest.Descendants("PfocrGenInputManifest").Single().Value, StringComparison.Ordinal);
        Assert.Contains(manifest.Descendants("AdditionalFiles"), e => (string?)e.Attribute("Include") == "$(PfocrGenInputManifest)");
    }
}
