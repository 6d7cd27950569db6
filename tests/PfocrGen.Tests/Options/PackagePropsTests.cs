using System.Xml.Linq;
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

    [Fact]
    public void Props_make_every_documented_option_visible_to_the_generator()
    {
        Assert.Equal(
            ["PfocrGenDocCaptionLength", "PfocrGenFigureMembers", "PfocrGenGeneSources", "PfocrGenMaxFanOut", "PfocrGenNamespace", "PfocrGenVisibility"],
            VisibleProperties().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generator_reads_every_property_the_props_make_visible()
    {
        // An impossible value for every option: the generator proves it reads a property by rejecting it.
        foreach (var property in VisibleProperties())
        {
            var run = GeneratorHarness.Run([TestData.Seed], properties: new Dictionary<string, string> { [property] = "@@" });

            Assert.Contains(run.Pfocr, d => d.Id == "PFOCR015" && d.GetMessage().Contains($"'{property}'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Props_make_the_input_mark_visible_and_the_PfocrRecord_item_sets_it()
    {
        var visible = XDocument.Load(PropsPath).Descendants("CompilerVisibleItemMetadata")
            .Select(e => ((string)e.Attribute("Include")!, (string)e.Attribute("MetadataName")!));
        Assert.Equal([("AdditionalFiles", InputSelection.MetadataName)], visible);

        var fromRecords = XDocument.Load(TargetsPath).Descendants("AdditionalFiles")
            .Single(e => (string?)e.Attribute("Include") == "@(PfocrRecord)");
        Assert.Equal("true", (string?)fromRecords.Attribute(InputSelection.MetadataName));
    }
}
