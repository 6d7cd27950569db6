namespace PfocrGen.Model;

/// <summary>
/// What one AdditionalText yields: figure records (one from a <c>.md</c> record, one per line of a <c>.gmt</c>
/// file) or a sidecar table, or nothing when the file is broken, plus the problems found in it. Built per file so
/// that an edit re-parses only that file.
/// </summary>
internal sealed record ParsedFile(
    string Path,
    EquatableArray<FigureRecord> Figures,
    SidecarTable? Table,
    EquatableArray<DiagnosticInfo> Diagnostics);
