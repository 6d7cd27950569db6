using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.CodeFixes;
using PfocrGen.IdChecking;

namespace PfocrGen.IdeTests.Infrastructure;

/// <summary>
/// A solution of consumer projects, each with the generator attached, the seed record and its own C# files, to
/// run the id analyzer and apply <see cref="TypedMemberCodeFixProvider"/> as the IDE's lightbulb and "fix all" do.
/// </summary>
internal sealed class FixWorkspace : IDisposable
{
    public const string DiagnosticId = "PFOCR023";

    private readonly AdhocWorkspace _workspace = new();
    private readonly TypedMemberCodeFixProvider _provider = new();

    public FixWorkspace(params string[][] projects)
    {
        var solution = _workspace.CurrentSolution;
        for (var p = 0; p < projects.Length; p++)
        {
            var project = solution
                .AddProject("Consumer" + p, "Consumer" + p, LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
                .AddMetadataReferences(Net100.References.All)
                .AddAnalyzerReference(new GeneratorReference());
            project = project.AddAdditionalDocument(Path.GetFileName(SeedRecord.Path), SourceText.From(SeedRecord.Text), filePath: SeedRecord.Path).Project;
            for (var d = 0; d < projects[p].Length; d++)
            {
                project = project.AddDocument($"File{d}.cs", SourceText.From(projects[p][d]), filePath: $"File{d}.cs").Project;
            }

            solution = project.Solution;
        }

        Solution = solution;
    }

    public Solution Solution { get; private set; }

    public Document Document(int project = 0, int document = 0) =>
        Solution.Projects.Single(p => p.Name == "Consumer" + project).Documents.Single(d => d.Name == $"File{document}.cs");

    /// <summary>The id analyzer's PFOCR023 diagnostics of one project, in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> TypedMemberDiagnosticsAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var diagnostics = await compilation.WithAnalyzers([new IdLiteralAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.Where(d => d.Id == DiagnosticId).OrderBy(d => d.Location.SourceTree!.FilePath).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>Applies the fix of the first PFOCR023 in <paramref name="document"/>; returns the fix's title.</summary>
    public async Task<string> FixFirstAsync(Document document)
    {
        var diagnostic = (await TypedMemberDiagnosticsAsync(document.Project)).First(d => d.Location.SourceTree!.FilePath == document.FilePath);
        var actions = new List<CodeAction>();
        await _provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        await ApplyAsync(action);
        return action.Title;
    }

    /// <summary>"Fix all occurrences in" document, project or solution, starting from <paramref name="document"/>.</summary>
    public async Task FixAllAsync(Document document, FixAllScope scope)
    {
        var provider = new Diagnostics();
        var context = scope == FixAllScope.Document
            ? new FixAllContext(document, _provider, scope, "PfocrGen.UseTypedMember", [DiagnosticId], provider, CancellationToken.None)
            : new FixAllContext(document.Project, _provider, scope, "PfocrGen.UseTypedMember", [DiagnosticId], provider, CancellationToken.None);
        var action = await _provider.GetFixAllProvider().GetFixAsync(context) ?? throw new InvalidOperationException("No fix-all action.");
        await ApplyAsync(action);
    }

    public async Task<string> TextAsync(int project = 0, int document = 0) => (await Document(project, document).GetTextAsync()).ToString();

    /// <summary>Compiler errors of every project, generated code included.</summary>
    public async Task<IReadOnlyList<Diagnostic>> ErrorsAsync()
    {
        var errors = new List<Diagnostic>();
        foreach (var project in Solution.Projects)
        {
            var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
            errors.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        return errors;
    }

    public void Dispose() => _workspace.Dispose();

    private async Task ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>What "fix all" asks for: the analyzer's diagnostics, per document or per project.</summary>
    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            (await TypedMemberDiagnosticsAsync(document.Project)).Where(d => d.Location.SourceTree!.FilePath == document.FilePath);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await TypedMemberDiagnosticsAsync(project)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await TypedMemberDiagnosticsAsync(project);
    }
}
