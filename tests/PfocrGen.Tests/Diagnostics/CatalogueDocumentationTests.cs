using PfocrGen.Diagnostics;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// Every descriptor's help link leads to its own section of docs/diagnostics.md, and every id is listed in the
/// analyzer release files (RS2008), so a new id cannot ship undocumented.
/// </summary>
public sealed class CatalogueDocumentationTests
{
    public static TheoryData<string> Ids => [.. DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_ids_section_of_the_documentation(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var docs = File.ReadAllLines(RepositoryRoot.File("docs", "diagnostics.md"));

        Assert.EndsWith("/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Contains("## " + id, docs);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_listed_in_the_analyzer_release_files_with_its_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var releases = File.ReadAllLines(RepositoryRoot.File("src", "PfocrGen", "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(RepositoryRoot.File("src", "PfocrGen", "AnalyzerReleases.Unshipped.md")));

        // The release-tracking format writes a rule that is off by default as "Disabled".
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Contains(releases, line => line.StartsWith($"{id} | PfocrGen | {severity} |", StringComparison.Ordinal));
    }
}
