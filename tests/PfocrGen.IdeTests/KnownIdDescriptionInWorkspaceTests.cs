using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.IdChecking;
using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>
/// PFOCR027 in the editor: the id analyzer run on one open document as an editor asks for its diagnostics (the
/// message is what hovering the literal shows), while records are added and code is typed, without a build.
/// </summary>
public sealed class KnownIdDescriptionInWorkspaceTests
{
    private const string Code = """internal static class P { public static object F => Pfocr.Genes.BySymbol("STAT4"); }""";

    [Fact]
    public async Task The_description_follows_the_records_as_they_are_added()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);
        Assert.EndsWith("finds STAT4: NCBI Gene 6775 (Homo sapiens), in 1 figure", await DescriptionAsync(workspace.Project.AddDocument("Program.cs", Code, filePath: "Program.cs")));

        workspace.AddRecord("figures/PMC1000001__ijms-11-00789f3.md", SeedRecord.AsPaper(SeedRecord.Text, "PMC1000001"));

        Assert.EndsWith("finds STAT4: NCBI Gene 6775 (Homo sapiens), in 2 figures", await DescriptionAsync(workspace.Project.AddDocument("Program.cs", Code, filePath: "Program.cs")));
    }

    [Fact]
    public async Task A_keystroke_in_the_code_counts_nothing_again()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);
        var document = workspace.Project.AddDocument("Program.cs", Code, filePath: "Program.cs");
        await DescriptionAsync(document);
        var counts = await FigureCountsAsync(document.Project);

        var typed = document.WithText(SourceText.From(Code.Replace("object F", "object G", StringComparison.Ordinal)));

        Assert.EndsWith("in 1 figure", await DescriptionAsync(typed));
        Assert.Same(counts, await FigureCountsAsync(typed.Project));
    }

    private static async Task<string> DescriptionAsync(Document document)
    {
        var compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var model = compilation.GetSemanticModel(await document.GetSyntaxTreeAsync() ?? throw new InvalidOperationException("No tree."));
        var diagnostics = await compilation.WithAnalyzers([new IdLiteralAnalyzer()], document.Project.AnalyzerOptions)
            .GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PFOCR027", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        return diagnostic.GetMessage();
    }

    // The generator's cached output keeps its shard constants, so the cache hands back what the last compilation counted.
    private static async Task<FigureCounts> FigureCountsAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        return IdCatalogCache.FigureCounts(compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!);
    }
}
