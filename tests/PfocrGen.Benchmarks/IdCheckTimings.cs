using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;
using PfocrGen.IdChecking;
using PfocrGen.Inputs;
using static PfocrGen.Benchmarks.QuickTimings;

namespace PfocrGen.Benchmarks;

/// <summary>
/// What the id analyzer (PFOCR022/021) costs on a generated project of a given size: the analyzer's own time in a
/// first compilation (ids read and decoded) and in a next one over the same generated output (the IDE after an
/// edit: the ids come from the cache), then each piece on its own (Stopwatch medians, bypassing the cache).
/// </summary>
internal static class IdCheckTimings
{
    /// <param name="partsOnly">Only the pieces, without the analyzer passes (which bind the whole compilation: at 80k, minutes each).</param>
    public static void Print(int records, TextWriter output, bool partsOnly = false)
    {
        // JIT and the analyzer driver warmed up on other data, so the catalog of the measured data is still cold.
        var warmup = Generation.Generated(BenchCorpus.Create(20).Texts);
        AnalyzerTime(Ready(warmup.AddSyntaxTrees(Consumer(Catalog(warmup)))), new IdLiteralAnalyzer());
        AnalyzerTime(Ready(warmup.Clone()), new EmptyInvocationAnalyzer());

        var generated = Generation.Generated(BenchCorpus.Create(records).Texts);
        GC.Collect();
        var tables = Tables(generated);
        var catalog = Catalog(generated);
        var compilation = generated.AddSyntaxTrees(Consumer(catalog));
        if (partsOnly)
        {
            output.WriteLine($"{records:N0} records ({catalog.FigureIds.Count:N0} figures, {catalog.Pmcids.Count:N0} papers, {catalog.Genes.Count:N0} genes):");
            PrintParts(output, generated, tables, catalog);
            return;
        }


        // The compiler has declared every symbol before analyzers run; the driver's own work (operations for
        // every invocation) is measured by an analyzer that does nothing with them.
        var (first, firstDiagnostics) = AnalyzerTime(Ready(compilation.Clone()), new IdLiteralAnalyzer());
        var next = Enumerable.Range(0, 3).Select(_ => AnalyzerTime(Ready(compilation.Clone()), new IdLiteralAnalyzer()).Milliseconds).Order().ElementAt(1);
        var baseline = Enumerable.Range(0, 3).Select(_ => AnalyzerTime(Ready(compilation.Clone()), new EmptyInvocationAnalyzer()).Milliseconds).Order().ElementAt(1);
        output.WriteLine($"{records:N0} records ({catalog.FigureIds.Count:N0} figures, {catalog.Pmcids.Count:N0} papers, {catalog.Genes.Count:N0} genes): "
            + $"id analyzer {first:F0} ms in the first compilation (ids read), {next:F0} ms in the next (ids cached, median of 3); "
            + $"a do-nothing invocation analyzer {baseline:F0} ms (median of 3); reported {string.Join(", ", firstDiagnostics)}");

        output.WriteLine("  the checks themselves, call by call, in a next compilation (ids cached): "
            + string.Join("; ", CheckTimes(Ready(compilation.Clone())).Select(c => $"{c.Call} {c.Milliseconds:F1} ms")));

        PrintParts(output, generated, tables, catalog);
    }

    private static void PrintParts(TextWriter output, Compilation generated, INamedTypeSymbol tables, GeneratedIdCatalog catalog)
    {
        var figure = catalog.FigureIds[catalog.FigureIds.Count / 2];
        var typo = Typo(figure);
        KnownIds known = null!;
        var read = Median(5, () => GeneratedIdCatalog.TryRead(Tables(generated.Clone())));
        var figures = Median(5, () => (known = new KnownIds(GeneratedIdCatalog.TryRead(tables)!)).Contains(LookupKind.Figure, figure));
        var rest = Median(5, () =>
        {
            var fresh = new KnownIds(GeneratedIdCatalog.TryRead(tables)!);
            fresh.Contains(LookupKind.Paper, "x");
            fresh.Contains(LookupKind.GeneSymbol, "x");
            fresh.Contains(LookupKind.GeneEntrez, 1);
            fresh.Contains(LookupKind.Chemical, "x");
            fresh.Contains(LookupKind.Disease, "x");
        });
        var naming = Median(3, () => TypedMembers.Name(catalog, Model.FigureMemberMode.All));
        var nearest = Median(5, () => known.Nearest(LookupKind.Figure, typo, () => new Dictionary<string, List<int>>(), default));
        var synonyms = Median(3, () => GeneratedIdCatalog.SynonymMentions(GeneratedIdCatalog.ShardTexts(tables)).Count());
        var counts = Median(3, () => GeneratedIdCatalog.CountFigures(GeneratedIdCatalog.ShardTexts(tables)));
        var (shard, slot) = catalog.FigurePlaces[catalog.FigureIds.Count / 2];
        var oneFigure = Median(5, () => GeneratedIdCatalog.ReadFigure(GeneratedIdCatalog.ShardText(tables, shard)!, slot));
        output.WriteLine($"  constants read (fresh compilation) {read:F1} ms; figure ids decoded + set {figures:F1} ms; papers, genes, entities {rest:F1} ms; "
            + $"member names {naming:F0} ms; nearest ids for one figure typo {nearest:F1} ms; synonym mentions from the shards {synonyms:F0} ms; "
            + $"figure counts from the shards (PFOCR027) {counts:F0} ms; one figure read from its shard (PFOCR027) {oneFigure:F2} ms");
    }

    // IdCheck.Analyze called directly on each invocation of the consumer, timed (the operation is built first).
    private static List<(string Call, double Milliseconds)> CheckTimes(Compilation compilation)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var check = new IdCheck(Tables(compilation), OptionsReader.Read(options.AnalyzerConfigOptionsProvider, default), LookupMethods.Find(compilation.Assembly, "Pfocr"));
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var times = new List<(string, double)>();
        foreach (var call in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
        {
            var operation = model.GetOperation(call)!;
            var watch = Stopwatch.StartNew();
#pragma warning disable CS0618 // the public constructor is meant for tests like this one
            check.Analyze(new OperationAnalysisContext(operation, compilation.Assembly, compilation, options, static _ => { }, static _ => true, default));
#pragma warning restore CS0618
            times.Add((call.Expression + (call.ToString().Contains("#\"", StringComparison.Ordinal) ? " (typo)" : string.Empty), watch.Elapsed.TotalMilliseconds));
        }

        return times;
    }

    private static GeneratedIdCatalog Catalog(Compilation compilation) => GeneratedIdCatalog.TryRead(Tables(compilation))!;

    private static string Typo(string id) => id[..^1] + "#";

    private static Compilation Ready(Compilation compilation)
    {
        compilation.GetDeclarationDiagnostics();
        return compilation;
    }

    private static SyntaxTree Consumer(GeneratedIdCatalog catalog)
    {
        var figure = catalog.FigureIds[catalog.FigureIds.Count / 2];
        var gene = catalog.Genes.First(g => g.Symbol.Length > 2);
        return CSharpSyntaxTree.ParseText($$"""
            using Pfocr;
            internal static class Consumer
            {
                public static object?[] Run() =>
                [
                    Figures.ById("{{figure}}"), Figures.ById("{{Typo(figure)}}"), Papers.ById("{{catalog.Pmcids[0]}}"),
                    Genes.ByEntrez({{gene.EntrezId}}), Genes.BySymbol("{{gene.Symbol}}"), Genes.BySymbol("{{Typo(gene.Symbol)}}"),
                    Chemicals.ById("{{catalog.Chemicals[0].Key}}"),
                ];
            }
            """, Generation.ParseOptions);
    }

    private static INamedTypeSymbol Tables(Compilation compilation) =>
        compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables") ?? throw new InvalidOperationException("No generated PfocrTables.");

    // The analyzer's execution time as the compiler reports it (-p:ReportAnalyzer=true), in a fresh compilation.
    private static (double Milliseconds, IEnumerable<string> Ids) AnalyzerTime(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzer = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var telemetry = withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult();
        return (telemetry.ExecutionTime.TotalMilliseconds, diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList());
    }

#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1041 // a measuring stub, never shipped
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyInvocationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Diagnostics.DiagnosticDescriptors.UnknownId];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start => start.RegisterOperationAction(static _ => { }, OperationKind.Invocation));
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1041
}
