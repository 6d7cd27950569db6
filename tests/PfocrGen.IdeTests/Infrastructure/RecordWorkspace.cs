using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.IdeTests.Infrastructure;

/// <summary>
/// An IDE-like workspace: one C# project with the generator attached, PFOCR records as additional documents and
/// one consumer file whose caret (<c>$$</c>) is where completion or quick info is asked for. Records are edited
/// through <see cref="Solution"/> snapshots, as the IDE does when a user types in a record.
/// </summary>
internal sealed class RecordWorkspace : IDisposable
{
    private const string Caret = "$$";

    private readonly AdhocWorkspace _workspace = new();

    private RecordWorkspace(Project project)
    {
        Project = project;
    }

    public Project Project { get; private set; }

    public static RecordWorkspace Create(params (string Path, string Text)[] records)
    {
        var workspace = new RecordWorkspace(null!);
        var project = workspace._workspace.CurrentSolution
            .AddProject("Consumer", "Consumer", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            // Diagnose mode is what GenerateDocumentationFile gives a real project; quick info reads those docs.
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))
            .AddMetadataReferences(Net100.References.All)
            .AddAnalyzerReference(new GeneratorReference());

        foreach (var (path, text) in records)
        {
            project = project.AddAdditionalDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;
        }

        workspace.Project = project;
        return workspace;
    }

    /// <summary>Adds a record, as a user dropping a new file into the figures folder.</summary>
    public void AddRecord(string path, string text) =>
        Project = Project.AddAdditionalDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;

    /// <summary>Replaces a record's whole text, as a user editing and saving it.</summary>
    public void EditRecord(string path, Func<string, string> edit)
    {
        var document = Project.AdditionalDocuments.Single(d => d.FilePath == path);
        var text = document.GetTextAsync().GetAwaiter().GetResult().ToString();
        Project = Project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(edit(text))).GetProject(Project.Id)!;
    }

    /// <summary>The display texts completion offers at the caret of <paramref name="codeWithCaret"/>.</summary>
    public async Task<IReadOnlyList<string>> CompletionsAsync(string codeWithCaret)
    {
        var (document, position) = WithConsumer(codeWithCaret);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("No C# completion service: is Microsoft.CodeAnalysis.CSharp.Features loaded?");
        var list = await service.GetCompletionsAsync(document, position);
        return list.ItemsList.Select(i => i.DisplayText).ToList();
    }

    /// <summary>The text of every quick-info section at the caret (signature, documentation, …), joined.</summary>
    public async Task<string> QuickInfoAsync(string codeWithCaret)
    {
        var (document, position) = WithConsumer(codeWithCaret);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("No C# quick info service: is Microsoft.CodeAnalysis.CSharp.Features loaded?");
        var info = await service.GetQuickInfoAsync(document, position);
        return info is null ? string.Empty : string.Join("\n", info.Sections.Select(s => s.Text));
    }

    /// <summary>Everything the generator and the compiler report for the current records, errors first.</summary>
    public async Task<IReadOnlyList<Diagnostic>> CompilationProblemsAsync()
    {
        var compilation = await Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).OrderByDescending(d => d.Severity).ToList();
    }

    public void Dispose() => _workspace.Dispose();

    private (Document Document, int Position) WithConsumer(string codeWithCaret)
    {
        var position = codeWithCaret.IndexOf(Caret, StringComparison.Ordinal);
        if (position < 0)
        {
            throw new ArgumentException($"Mark the caret with {Caret}.", nameof(codeWithCaret));
        }

        var code = codeWithCaret.Remove(position, Caret.Length);
        var document = Project.AddDocument("Consumer.cs", SourceText.From(code), filePath: "Consumer.cs");
        return (document, position);
    }
}
