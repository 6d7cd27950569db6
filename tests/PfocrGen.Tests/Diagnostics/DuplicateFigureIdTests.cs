using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR004: of two files with the same figid, the later by ordinal path is reported on its figid value, with
/// the first file's figid as additional location; the first one is generated.
/// </summary>
public sealed class DuplicateFigureIdTests
{
    [Fact]
    public void Later_file_by_ordinal_path_is_reported_with_the_first_as_additional_location()
    {
        // 'B' < 'a' ordinally, so B/ is first although a culture-aware sort would put a/ first.
        var first = ("B/PMC1__x.md", Records.Text("PMC1__x", "figtitle: first"));
        var second = ("a/PMC1__x.md", "---\nfigtitle: second\nfigid: PMC1__x\npmcid: PMC1\n---\n");

        var run = GeneratorHarness.Run([second, first]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR004", DiagnosticSeverity.Error, "a/PMC1__x.md", 3, 8);
        var additional = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal(("B/PMC1__x.md", 2, 8), (additional.Path, additional.StartLinePosition.Line + 1, additional.StartLinePosition.Character + 1));

        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Equal("first", LoadedAssembly.Get(figure, "Title"));
    }
}
