using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.IdeTests.Infrastructure;
using PfocrGen.InputChecking;
using PfocrGen.Parsing;

namespace PfocrGen.IdeTests;

/// <summary>
/// A record's diagnostics in the IDE, without a build: the workspace analyzes an additional document the way an
/// editor asks for the file it shows (<see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText, CancellationToken)"/>
/// with the project's own analyzer options), and an edit to the record's text changes what is reported.
/// </summary>
public sealed class RecordDiagnosticsInWorkspaceTests
{
    private const string Broken = "figures/PMC1__broken.md";

    private static string WithUnclosedCaption => "---\nfigid: PMC1__broken\npmcid: PMC1\ncaption: \"open\n---\n";

    [Fact]
    public async Task Editing_a_record_updates_its_diagnostics_without_a_build()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record, (Broken, WithUnclosedCaption));
        Assert.Equal(["figures/PMC1__broken.md(4,10): Error PFOCR002"], await RecordDiagnosticsAsync(workspace.Project, Broken));

        // The closing fence deleted: now the front matter is what is wrong.
        workspace.EditRecord(Broken, text => text.Replace("caption: \"open\n---\n", "caption: open\n", StringComparison.Ordinal));
        Assert.Equal(["figures/PMC1__broken.md(1,1): Error PFOCR001"], await RecordDiagnosticsAsync(workspace.Project, Broken));

        // Fixed: nothing.
        workspace.EditRecord(Broken, text => text + "---\n");
        Assert.Empty(await RecordDiagnosticsAsync(workspace.Project, Broken));
        Assert.Empty(await RecordDiagnosticsAsync(workspace.Project, SeedRecord.Path));
    }

    [Fact]
    public async Task Editing_one_record_does_not_parse_the_others_again()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record, (Broken, WithUnclosedCaption));
        await RecordDiagnosticsAsync(workspace.Project, SeedRecord.Path);
        var seedBefore = InputFileParser.Parse(AdditionalFile(workspace.Project, SeedRecord.Path), CancellationToken.None);
        var brokenBefore = InputFileParser.Parse(AdditionalFile(workspace.Project, Broken), CancellationToken.None);

        workspace.EditRecord(Broken, text => text.Replace("\"open", "open", StringComparison.Ordinal));
        await RecordDiagnosticsAsync(workspace.Project, Broken);

        // The unchanged record keeps its text object in the new snapshot, so its parse is reused; the edited one is new.
        Assert.Same(seedBefore, InputFileParser.Parse(AdditionalFile(workspace.Project, SeedRecord.Path), CancellationToken.None));
        Assert.NotSame(brokenBefore, InputFileParser.Parse(AdditionalFile(workspace.Project, Broken), CancellationToken.None));
    }

    [Fact]
    public async Task A_member_of_the_broken_record_leads_to_the_record()
    {
        using var workspace = RecordWorkspace.Create((SeedRecord.Path, SeedRecord.Text.Replace("\n---\n", "\n", StringComparison.Ordinal)));
        var document = workspace.Project.AddDocument("Program.cs", "internal static class P { public static object F => Pfocr.Figures.PMC2869233__ijms_11_00789f3; }", filePath: "Program.cs");
        var compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");

        var diagnostics = await compilation.WithAnalyzers([new BrokenRecordMemberAnalyzer()], document.Project.AnalyzerOptions)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(compilation.SyntaxTrees.Single(t => t.FilePath == "Program.cs")), null, CancellationToken.None);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PFOCR026", diagnostic.Id);
        Assert.Contains(SeedRecord.Path + "(1,1): PFOCR001", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static AdditionalText AdditionalFile(Project project, string path) => project.AnalyzerOptions.AdditionalFiles.Single(f => f.Path == path);

    /// <summary>What the input analyzer reports for one record, as an editor showing that file asks for it.</summary>
    private static async Task<IReadOnlyList<string>> RecordDiagnosticsAsync(Project project, string path)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var analyzer = new InputDiagnosticsAnalyzer();
        var file = AdditionalFile(project, path);
        var result = await compilation.WithAnalyzers([analyzer], project.AnalyzerOptions).GetAnalysisResultAsync(file, CancellationToken.None);
        var reported = result.AdditionalFileDiagnostics.TryGetValue(file, out var byAnalyzer) && byAnalyzer.TryGetValue(analyzer, out var diagnostics)
            ? diagnostics
            : ImmutableArray<Diagnostic>.Empty;
        return reported.Select(Describe).ToList();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity} {diagnostic.Id}";
    }
}
