using System.Xml.Linq;
using PfocrGen.Inputs;
using PfocrGen.Model;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Documentation;

/// <summary>
/// The package README (what a package gallery shows) and docs/options.md state every option PfocrGen reads, no
/// other, with its real default: setting an option to the documented default must generate exactly what leaving
/// it unset generates. (Options/PackagePropsTests checks that the generator reads every option the props expose.)
/// </summary>
public sealed class OptionDocumentationTests
{
    public static TheoryData<string> Pages => ["src/PfocrGen/README.md", "docs/options.md"];

    private static IReadOnlyList<string> OptionsInProps() =>
        XDocument.Load(RepositoryRoot.File("src", "PfocrGen", "build", "PfocrGen.props"))
            .Descendants("CompilerVisibleProperty")
            .Select(e => (string)e.Attribute("Include")!)
            .Where(name => name.StartsWith("PfocrGen", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_lists_exactly_the_options_the_package_makes_visible(string page)
    {
        var documented = OptionRow.Read(RepositoryRoot.File(page.Split('/'))).Select(r => r.Property).Order(StringComparer.Ordinal);

        Assert.Equal(OptionsInProps(), documented);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Documented_default_generates_what_an_unset_option_generates(string page)
    {
        var unset = Generate(new Dictionary<string, string>());

        foreach (var row in OptionRow.Read(RepositoryRoot.File(page.Split('/'))))
        {
            if (row.DefaultValue is not { } value)
            {
                Assert.StartsWith("unset", row.DefaultCell, StringComparison.Ordinal);
                continue;
            }

            var properties = new Dictionary<string, string> { [row.Property] = value };
            Assert.Equal(ReadOptions([]), ReadOptions(properties));

            // The option as the generator reads it is the same; so is what it generates (e.g. `auto` and `true`
            // read differently, though they generate the same for one record).
            var run = Generate(properties);
            Assert.DoesNotContain(run.Pfocr, d => d.Id == "PFOCR015");
            Assert.True(
                unset.Sources.SequenceEqual(run.Sources),
                $"{page}: {row.Property}={value} generates other code than leaving {row.Property} unset, so `{value}` is not its default");
        }
    }

    [Fact]
    public void Package_readme_and_options_page_give_the_same_defaults()
    {
        var package = OptionRow.Read(RepositoryRoot.File("src", "PfocrGen", "README.md")).ToDictionary(r => r.Property, r => r.DefaultValue);
        var options = OptionRow.Read(RepositoryRoot.File("docs", "options.md")).ToDictionary(r => r.Property, r => r.DefaultValue);

        Assert.Equal(options.OrderBy(p => p.Key, StringComparer.Ordinal), package.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static GeneratorOptions ReadOptions(Dictionary<string, string> properties) =>
        OptionsReader.Read(new TestOptionsProvider(properties), CancellationToken.None);

    private static (IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Pfocr, IReadOnlyList<string> Sources) Generate(Dictionary<string, string> properties)
    {
        var run = GeneratorHarness.Run([TestData.Seed], properties: properties);
        var sources = run.Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToList();
        return (run.Pfocr, sources);
    }
}
