using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>
/// Only PfocrGen's files are claimed (issue #11, item 5): once any AdditionalFile carries PfocrGenInput=true (what
/// the PfocrRecord item sets), unmarked files are left to other analyzers; with no mark at all, every AdditionalFile
/// of a known kind is read, as in a project that just lists its records.
/// </summary>
public sealed class InputSelectionTests
{
    /// <summary>The Markdown a project gives the Roslyn release-tracking analyzer; it has no front matter.</summary>
    private static readonly (string Path, string Text) ReleaseNotes = (
        "AnalyzerReleases.Shipped.md",
        "; Shipped analyzer releases\n\n## Release 1.0\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nXY001 | Usage | Warning | Example\n");

    private const string UsesTheSeed = "internal static class Uses { public static string Title => Pfocr.Figures.PMC2869233__ijms_11_00789f3.Title; }";

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Metadata(IEnumerable<string> paths, string value) =>
        paths.ToDictionary(path => path, IReadOnlyDictionary<string, string> (_) => new Dictionary<string, string> { ["PfocrGenInput"] = value });

    private static IEnumerable<(string Path, string Text)> SampleAndReleaseNotes => TestData.SampleFiles.Append(ReleaseNotes);

    private static string FigureCountLine(GeneratorRun run) =>
        run.GeneratedSource("PfocrGen.Dataset.g.cs").Split('\n').Single(line => line.Contains("FigureCount =", StringComparison.Ordinal)).Trim();

    [Fact]
    public void Marked_records_leave_unmarked_markdown_of_other_analyzers_alone()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed, fileMetadata: Metadata(TestData.SampleFiles.Select(f => f.Path), "true"));

        Assert.DoesNotContain(run.Pfocr, d => d.Location.GetLineSpan().Path == ReleaseNotes.Path);
        Assert.DoesNotContain(run.Pfocr, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 3;", FigureCountLine(run));
    }

    [Fact]
    public void Without_any_mark_every_markdown_file_is_read_as_a_record()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed);

        // The simple project's rule: plain AdditionalFiles work, so an unrelated .md is taken for a record.
        DiagnosticAssert.Single(run, "PFOCR001", DiagnosticSeverity.Error, ReleaseNotes.Path, 1, 1);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 3;", FigureCountLine(run));
    }

    [Fact]
    public void Once_one_file_is_marked_unmarked_records_are_not_read()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed, fileMetadata: Metadata([TestData.Seed.Path], "true"));

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 1;", FigureCountLine(run));
    }

    [Fact]
    public void An_unmarked_gene_info_file_in_a_marked_project_is_not_read()
    {
        // A malformed gene_info would be reported (PFOCR008) if it were read; unmarked, it belongs to someone else.
        var geneInfo = ("other/Homo_sapiens.gene_info", "not a gene_info header\n");
        var files = TestData.SampleFiles.Append(geneInfo).ToList();

        var marked = GeneratorHarness.Run(files, UsesTheSeed, fileMetadata: Metadata(TestData.SampleFiles.Select(f => f.Path), "true"));
        var unmarked = GeneratorHarness.Run(files, UsesTheSeed);

        Assert.DoesNotContain(marked.Pfocr, d => d.Location.GetLineSpan().Path == geneInfo.Item1);
        Assert.Contains(unmarked.Pfocr, d => d.Location.GetLineSpan().Path == geneInfo.Item1);
    }

    [Theory]
    [InlineData("TRUE")]
    [InlineData(" true ")]
    public void The_mark_is_true_in_any_case(string value)
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed, fileMetadata: Metadata([TestData.Seed.Path], value));

        Assert.Empty(run.Pfocr);
        Assert.Equal("public const int FigureCount = 1;", FigureCountLine(run));
    }

    [Theory]
    [InlineData("")] // what the compiler passes for an item without the metadata, once the props declare it
    [InlineData("false")]
    public void Metadata_other_than_true_is_no_mark(string value)
    {
        var everyFile = SampleAndReleaseNotes.Select(f => f.Path);
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed, fileMetadata: Metadata(everyFile, value));

        DiagnosticAssert.Single(run, "PFOCR001", DiagnosticSeverity.Error, ReleaseNotes.Path, 1, 1);
        Assert.Equal("public const int FigureCount = 3;", FigureCountLine(run));
    }

    [Fact]
    public void A_marked_file_of_a_kind_PfocrGen_does_not_read_is_ignored()
    {
        // PfocrRecord Include="figures/**/*" marks whatever lies in the folder.
        (string Path, string Text)[] files = [TestData.Seed, ("figures/README.txt", "notes, not a record")];
        var run = GeneratorHarness.Run(files, UsesTheSeed, fileMetadata: Metadata(files.Select(f => f.Path), "true"));

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
    }

    [Fact]
    public void Adding_unmarked_markdown_to_a_marked_project_reparses_nothing()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation(UsesTheSeed);
        var driver = GeneratorHarness.CreateDriver(files, fileMetadata: Metadata(files.Select(f => f.Path), "true")).RunGenerators(compilation);

        var result = driver.AddAdditionalTexts([new InMemoryAdditionalText(ReleaseNotes.Path, ReleaseNotes.Text)]).RunGenerators(compilation).GetRunResult();

        var reasons = TrackedSteps.Reasons(result, TrackingNames.ParseFile);
        Assert.Equal(files.Count, reasons.Count);
        Assert.All(reasons, reason => Assert.True(TrackedSteps.IsReused(reason), reason.ToString()));
        Assert.Empty(result.Diagnostics);
    }
}
