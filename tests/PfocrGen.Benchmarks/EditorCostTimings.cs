using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Issue #26: what an editor holds and binds for the files of a folder (e.g. a release app's `figures/`), in process,
/// step by step, the way a language server meets them: the input texts, the generator's first run (its driver kept,
/// as a workspace keeps it), the compilation with the generated trees, the members of <c>Genes</c> (what completion
/// after <c>Pfocr.Genes.</c> lists), and the diagnostics of a small app file. After each step it prints the time
/// and the managed memory still reachable (after a full collection), so the difference between two lines is what
/// that step keeps alive. Build properties (<c>PfocrGenGeneMembers=true</c>) are passed as arguments;
/// <c>PFOCR_EDITOR_PAUSE=60</c> pauses after the generator's run, for a heap dump (<c>dotnet-gcdump collect -p</c>).
/// </summary>
internal static class EditorCostTimings
{
    private const string AppSource = """
        namespace App;

        public static class Lookups
        {
            public static string Describe()
            {
                var figure = Pfocr.Figures.ById("PMC1000021__F1");
                var genes = Pfocr.Genes.BySymbol("STAT4");
                return $"{figure?.Id} {genes.Count}";
            }
        }
        """;

    public static void Print(string folder, IReadOnlyList<string> properties, TextWriter output)
    {
        var baseline = ReachableMemory.Bytes();
        var watch = Stopwatch.StartNew();
        var texts = FolderTexts.Read(folder);
        Step(output, "input texts", watch, baseline);

        var options = properties.Select(p => p.Split('=', 2)).ToDictionary(p => "build_property." + p[0], p => p[1]);
        var consumer = Generation.Consumer().AddSyntaxTrees(CSharpSyntaxTree.ParseText(AppSource, Generation.ParseOptions, path: "Program.cs"));
        watch.Restart();
        var driver = Generation.Driver(texts, properties: options).RunGeneratorsAndUpdateCompilation(consumer, out var compilation, out _);
        Step(output, "generator's first run (driver kept)", watch, baseline);

        watch.Restart();
        var characters = compilation.SyntaxTrees.Sum(t => (long)t.Length);
        Step(output, $"generated trees ({compilation.SyntaxTrees.Count()} trees, {characters / 1e6:F1} M characters)", watch, baseline);

        if (Environment.GetEnvironmentVariable("PFOCR_EDITOR_PAUSE") is { } pause)
        {
            output.WriteLine($"pausing {pause} s for a heap dump of process {Environment.ProcessId}");
            output.Flush();
            Thread.Sleep(int.Parse(pause) * 1000);
        }

        watch.Restart();
        var members = GeneMembers(compilation);
        Step(output, $"members of Genes ({members:N0})", watch, baseline);

        watch.Restart();
        var diagnostics = AppDiagnostics(compilation);
        Step(output, $"the app file's diagnostics ({diagnostics})", watch, baseline);

        watch.Restart();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(3).ToList();
        Step(output, $"the whole compilation's diagnostics ({errors.Count} errors)", watch, baseline);
        errors.ForEach(error => output.WriteLine("  " + error));

        // Everything stays reachable to the end, as a workspace keeps it: the texts, the driver's cached step outputs
        // (the generated trees included) and the compilation. Dropping the driver frees little: the parse of each
        // text is also kept per text object (ParseCache) for as long as the texts live.
        GC.KeepAlive(texts);
        GC.KeepAlive(driver);
        GC.KeepAlive(compilation);
    }

    private static int GeneMembers(Compilation compilation) =>
        (compilation.GetTypeByMetadataName("Pfocr.Genes") ?? throw new InvalidOperationException("no Pfocr.Genes")).GetMembers().Length;

    private static int AppDiagnostics(Compilation compilation) =>
        compilation.GetSemanticModel(compilation.SyntaxTrees.Single(t => t.FilePath == "Program.cs")).GetDiagnostics().Length;

    private static void Step(TextWriter output, string what, Stopwatch watch, long baseline)
    {
        var elapsed = watch.Elapsed;
        output.WriteLine($"{what,-60} {elapsed.TotalSeconds,6:F2} s   reachable {(ReachableMemory.Bytes() - baseline) / 1e6,7:F0} MB");
    }

}
