using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Options;

/// <summary>
/// Only PfocrGen's files are claimed (issue #11, item 5): with a PfocrGen.inputs manifest (what the PfocrRecord
/// item writes), files it does not list are left to other analyzers; with no manifest, every AdditionalFile of a
/// known kind is read, as in a project that just lists its records.
/// </summary>
public sealed class InputSelectionTests
{
    /// <summary>The Markdown a project gives the Roslyn release-tracking analyzer; it has no front matter.</summary>
    private static readonly (string Path, string Text) ReleaseNotes = (
        "AnalyzerReleases.Shipped.md",
        "; Shipped analyzer releases\n\n## Release 1.0\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nXY001 | Usage | Warning | Example\n");

    private const string UsesTheSeed = "internal static class Uses { public static string Title => Pfocr.Figures.PMC2869233__ijms_11_00789f3.Title; }";

    /// <summary>The manifest build/PfocrGen.targets writes: one path per line, in the intermediate folder.</summary>
    private static (string Path, string Text) Manifest(IEnumerable<string> paths) => ("obj/Debug/PfocrGen.inputs", string.Join("\n", paths) + "\n");

    private static IEnumerable<(string Path, string Text)> SampleAndReleaseNotes => TestData.SampleFiles.Append(ReleaseNotes);

    private static string FigureCountLine(GeneratorRun run) =>
        run.GeneratedSource("PfocrGen.Dataset.g.cs").Split('\n').Single(line => line.Contains("FigureCount =", StringComparison.Ordinal)).Trim();

    [Fact]
    public void Listed_records_leave_unlisted_markdown_of_other_analyzers_alone()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes.Append(Manifest(TestData.SampleFiles.Select(f => f.Path))), UsesTheSeed);

        Assert.DoesNotContain(run.Pfocr, d => d.Location.GetLineSpan().Path == ReleaseNotes.Path);
        Assert.DoesNotContain(run.Pfocr, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 3;", FigureCountLine(run));
    }

    [Fact]
    public void Without_a_manifest_every_markdown_file_is_read_as_a_record()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes, UsesTheSeed);

        // The simple project's rule: plain AdditionalFiles work, so an unrelated .md is taken for a record.
        DiagnosticAssert.Single(run, "PFOCR001", DiagnosticSeverity.Error, ReleaseNotes.Path, 1, 1);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 3;", FigureCountLine(run));
    }

    [Fact]
    public void With_a_manifest_unlisted_records_are_not_read()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes.Append(Manifest([TestData.Seed.Path])), UsesTheSeed);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        Assert.Equal("public const int FigureCount = 1;", FigureCountLine(run));
    }

    [Fact]
    public void An_unlisted_gene_info_file_in_a_project_with_a_manifest_is_not_read()
    {
        // A malformed gene_info would be reported (PFOCR008) if it were read; unlisted, it belongs to someone else.
        var geneInfo = ("other/Homo_sapiens.gene_info", "not a gene_info header\n");
        var files = TestData.SampleFiles.Append(geneInfo).ToList();

        var listed = GeneratorHarness.Run(files.Append(Manifest(TestData.SampleFiles.Select(f => f.Path))), UsesTheSeed);
        var noManifest = GeneratorHarness.Run(files, UsesTheSeed);

        Assert.DoesNotContain(listed.Pfocr, d => d.Location.GetLineSpan().Path == geneInfo.Item1);
        Assert.Contains(noManifest.Pfocr, d => d.Location.GetLineSpan().Path == geneInfo.Item1);
    }

    [Fact]
    public void Paths_match_across_separators_case_and_surrounding_space_and_manifests_add_up()
    {
        // MSBuild writes C:\app\figures\x.md where the compiler may pass C:/app/figures/x.md; two projects' targets
        // may each write a manifest.
        var first = ("obj/a/PfocrGen.inputs", "  " + TestData.Seed.Path.Replace('/', '\\').ToUpperInvariant() + "  \r\n\r\n");
        var second = ("obj/b/pfocrgen.INPUTS", TestData.SampleFiles[1].Path + "\n");
        var run = GeneratorHarness.Run(SampleAndReleaseNotes.Append(first).Append(second), UsesTheSeed);

        Assert.Empty(run.Pfocr);
        Assert.Equal("public const int FigureCount = 2;", FigureCountLine(run));
    }

    [Fact]
    public void An_empty_manifest_claims_no_file()
    {
        var run = GeneratorHarness.Run(SampleAndReleaseNotes.Append(Manifest([])), "");

        Assert.Empty(run.Pfocr);
        Assert.Equal("public const int FigureCount = 0;", FigureCountLine(run));
    }

    [Fact]
    public void A_listed_file_of_a_kind_PfocrGen_does_not_read_is_ignored()
    {
        // PfocrRecord Include="figures/**/*" lists whatever lies in the folder.
        (string Path, string Text)[] files = [TestData.Seed, ("figures/README.txt", "notes, not a record")];
        var run = GeneratorHarness.Run(files.Append(Manifest(files.Select(f => f.Path))), UsesTheSeed);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
    }

    [Fact]
    public void Adding_unlisted_markdown_to_a_project_with_a_manifest_reparses_nothing()
    {
        var files = TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var manifest = Manifest(files.Select(f => f.Path));
        var compilation = GeneratorHarness.CreateCompilation(UsesTheSeed);
        var driver = GeneratorHarness.CreateDriver(files.Append(new InMemoryAdditionalText(manifest.Path, manifest.Text))).RunGenerators(compilation);

        var result = driver.AddAdditionalTexts([new InMemoryAdditionalText(ReleaseNotes.Path, ReleaseNotes.Text)]).RunGenerators(compilation).GetRunResult();

        var reasons = TrackedSteps.Reasons(result, TrackingNames.ParseFile);
        Assert.Equal(files.Count, reasons.Count);
        Assert.All(reasons, reason => Assert.True(TrackedSteps.IsReused(reason), reason.ToString()));
        Assert.Empty(result.Diagnostics);
    }
}
