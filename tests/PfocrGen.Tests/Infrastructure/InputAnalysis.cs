using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.InputChecking;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// Runs PfocrGen's analyzers as the compiler does (<see cref="CompilationWithAnalyzers"/>, the AdditionalFiles and
/// MSBuild properties of the project), so that severity configuration, disabled-by-default ids and suppression
/// apply as in a build.
/// </summary>
internal static class InputAnalysis
{
    /// <summary>
    /// What <paramref name="analyzers"/> (by default <see cref="InputDiagnosticsAnalyzer"/>) report over
    /// <paramref name="compilation"/>. The input analyzer reads only the AdditionalFiles and options, so callers may
    /// pass the compilation without the generated code: binding tens of thousands of generated members would only
    /// cost time.
    /// </summary>
    public static ImmutableArray<Diagnostic> Run(
        Compilation compilation,
        ImmutableArray<AdditionalText> files,
        AnalyzerConfigOptionsProvider options,
        params DiagnosticAnalyzer[] analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.Length == 0 ? [new InputDiagnosticsAnalyzer()] : [.. analyzers],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(files, options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        // An analyzer that throws is reported as AD0001, which a test must not mistake for "no PFOCR diagnostic".
        var failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        return failure is null ? diagnostics : throw new InvalidOperationException(failure.GetMessage());
    }

    /// <summary>By file, position and id: the order tests compare in.</summary>
    public static IReadOnlyList<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();
}
