using Microsoft.CodeAnalysis;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>Assertions on PFOCR diagnostics in the form <c>dotnet build</c> prints them: 1-based line and column.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Asserts that the run reported exactly one diagnostic, with this id, severity, file and position.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, DiagnosticSeverity severity, string path, int line, int column)
    {
        var diagnostic = Assert.Single(run.Pfocr);
        At(diagnostic, id, severity, path, line, column);
        return diagnostic;
    }

    /// <summary>Asserts one diagnostic's id, severity and 1-based position, comparing as one string for a readable failure.</summary>
    public static void At(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int column)
    {
        Assert.Equal($"{path}({line},{column}): {severity} {id}", Describe(diagnostic));
    }

    /// <summary>The diagnostic's position, severity and id, as <c>dotnet build</c> shows them.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return $"{span.Path}({start.Line + 1},{start.Character + 1}): {diagnostic.Severity} {diagnostic.Id}";
    }
}
