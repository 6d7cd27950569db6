using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.IdChecking;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.IdChecking;

/// <summary>
/// Generates from records, then runs <see cref="IdLiteralAnalyzer"/> over the compilation as the compiler does
/// (<see cref="CompilationWithAnalyzers"/>, same MSBuild properties for both), and returns what it reports.
/// </summary>
internal static class IdCheckHarness
{
    public static IReadOnlyList<Diagnostic> Analyze(
        IEnumerable<(string Path, string Text)> records,
        string consumer,
        IReadOnlyDictionary<string, string>? properties = null,
        Func<CSharpCompilationOptions, CSharpCompilationOptions>? configure = null)
    {
        var run = GeneratorHarness.Run(records, consumer, properties);
        Assert.DoesNotContain(run.CompilerProblems, d => d.Severity == DiagnosticSeverity.Error);
        var compilation = run.Compilation;
        if (configure is not null)
        {
            compilation = compilation.WithOptions(configure((CSharpCompilationOptions)compilation.Options));
        }

        return AnalyzeCompilation(compilation, properties);
    }

    public static IReadOnlyList<Diagnostic> AnalyzeCompilation(Compilation compilation, IReadOnlyDictionary<string, string>? properties = null)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(properties ?? new Dictionary<string, string>()));
        var analyzers = compilation.WithAnalyzers([new IdLiteralAnalyzer()], new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The source text a diagnostic is located on.</summary>
    public static string LocatedText(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>A consumer file whose <c>Run</c> method holds <paramref name="statements"/>.</summary>
    public static string Consumer(string statements, string ns = "Pfocr") => $$"""
        using System;
        using System.Linq;
        using {{ns}};

        internal static class Consumer
        {
            private const string Paper = "PMC2869233";

            public static void Run()
            {
                {{statements}}
            }
        }
        """;
}
