using System.Xml.Linq;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Packaging;

/// <summary>
/// The version the generated code quotes (GeneratedCode attributes) is the package's version, so a user reading
/// generated code can tell which PfocrGen wrote it. The package version is the project's &lt;Version&gt;, the one
/// place it is kept.
/// </summary>
public sealed class VersionTests
{
    [Fact]
    public void Generated_code_quotes_the_version_of_the_project_file()
    {
        var project = XDocument.Load(RepositoryRoot.File("src", "PfocrGen", "PfocrGen.csproj"));
        var version = project.Descendants("Version").Single().Value;

        var run = GeneratorHarness.Run([TestData.Seed]);
        var sources = run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        Assert.Contains(sources, s => s.Contains($"GeneratedCode(\"PfocrGen\", \"{version}\")", StringComparison.Ordinal));
        Assert.All(
            sources.Where(s => s.Contains("GeneratedCode(", StringComparison.Ordinal)),
            s => Assert.DoesNotContain("__VERSION__", s, StringComparison.Ordinal));
    }
}
