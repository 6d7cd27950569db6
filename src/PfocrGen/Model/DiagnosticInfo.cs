using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.Model;

/// <summary>
/// A diagnostic carried through the pipeline as data: the descriptor's id, the file and position, and the
/// message arguments. It becomes a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Path,
    TextPosition Position,
    EquatableArray<string> MessageArgs,
    string? AdditionalPath = null,
    TextPosition AdditionalPosition = default)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string path, TextPosition position, params string[] args) =>
        new(descriptor.Id, path, position, new EquatableArray<string>(args));

    /// <summary>PFOCR016: reading one input file failed unforeseen (a bug); the message carries the exception.</summary>
    public static DiagnosticInfo InternalError(string path, System.Exception ex) =>
        Create(Diagnostics.DiagnosticDescriptors.InternalError, path, TextPosition.FileStart, ex.GetType().Name, ex.Message);

    /// <summary>PFOCR019: the cross-file work failed unforeseen (a bug); the message carries the exception.</summary>
    public static DiagnosticInfo TablesFailed(System.Exception ex) =>
        Create(Diagnostics.DiagnosticDescriptors.InternalTablesError, string.Empty, default, ex.GetType().Name, ex.Message);

    public Diagnostic ToDiagnostic() => ToDiagnostic(Diagnostics.DiagnosticDescriptors.ById(Id));

    /// <summary>As a diagnostic of <paramref name="descriptor"/>, which has this id (e.g. its <c>CompilationEnd</c>-tagged form).</summary>
    public Diagnostic ToDiagnostic(DiagnosticDescriptor descriptor)
    {
        var additional = AdditionalPath is null ? null : new[] { ToLocation(AdditionalPath, AdditionalPosition) };
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return Diagnostic.Create(descriptor, Path.Length == 0 ? Location.None : ToLocation(Path, Position), additional, args);
    }

    private static Location ToLocation(string path, TextPosition position)
    {
        // Values in records never span lines that we report on, so the end stays on the start line.
        var start = new LinePosition(position.Line, position.Column);
        var end = new LinePosition(position.Line, position.Column + position.Length);
        return Location.Create(path, new TextSpan(position.Start, position.Length), new LinePositionSpan(start, end));
    }
}
