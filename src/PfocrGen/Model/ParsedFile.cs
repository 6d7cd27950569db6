namespace PfocrGen.Model;

/// <summary>
/// What one AdditionalText yields: a figure record or a sidecar table (or neither, when the file is broken),
/// plus the problems found in it. Built per file so that an edit re-parses only that file.
/// </summary>
/// <param name="Fingerprint">SHA-256 of the file's content in canonical form (see <c>ContentFingerprint</c>).</param>
internal sealed record ParsedFile(
    string Path,
    FigureRecord? Figure,
    SidecarTable? Table,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string Fingerprint = "");
