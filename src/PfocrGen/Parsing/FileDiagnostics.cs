using System.Collections.Generic;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// The diagnostics of one file, at most <see cref="SafetyLimits.MaxDiagnosticsPerFile"/> of them. A table of
/// millions of malformed rows would otherwise cost gigabytes and minutes in diagnostics alone; past the limit
/// one PFOCR017 says how many more there were and where the first of them is.
/// </summary>
internal sealed class FileDiagnostics
{
    private readonly List<DiagnosticInfo> _items = new();
    private DiagnosticInfo? _firstDropped;
    private int _dropped;

    /// <summary>
    /// Reports PFOCR012 and returns true when <paramref name="text"/> is longer than <paramref name="limit"/>
    /// characters; the position is where the limit was crossed.
    /// </summary>
    public bool ExceedsSize(string path, Microsoft.CodeAnalysis.Text.SourceText text, FilePositions positions, int limit, string what)
    {
        if (text.Length <= limit)
        {
            return false;
        }

        Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.SafetyLimit, path, positions.At(limit, 0), what, SafetyLimits.Describe(limit, "characters")));
        return true;
    }

    public void Add(DiagnosticInfo diagnostic)
    {
        if (_items.Count < SafetyLimits.MaxDiagnosticsPerFile)
        {
            _items.Add(diagnostic);
            return;
        }

        _firstDropped ??= diagnostic;
        _dropped++;
    }

    /// <summary>
    /// Counts one more problem without building its diagnostic when it would only be counted anyway; lets a
    /// loop over millions of bad rows skip formatting messages. Returns false when the caller should add it.
    /// </summary>
    public bool CountedOnly()
    {
        if (_firstDropped is null)
        {
            return false;
        }

        _dropped++;
        return true;
    }

    /// <summary>
    /// PFOCR008 for a row or member the parser skips, at <paramref name="position"/>. The message (what is wrong, and
    /// what is skipped) is formatted only when the diagnostic is kept: the one bad-row rule of the GMT, table and
    /// <c>gene_info</c> parsers.
    /// </summary>
    public void Malformed<TState>(string path, TextPosition position, TState state, System.Func<TState, string> message)
    {
        if (!CountedOnly())
        {
            Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedTable, path, position, RecordParser.FileName(path), message(state)));
        }
    }

    /// <summary>PFOCR006 for a gene id cell of <paramref name="column"/> that is not a positive integer.</summary>
    public void InvalidGeneId(string path, TextPosition cell, string column, string text)
    {
        if (!CountedOnly())
        {
            Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidGeneId, path, cell, column, text));
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray()
    {
        if (_firstDropped is { } first)
        {
            _items.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyDiagnostics, first.Path, first.Position,
                _dropped.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SafetyLimits.MaxDiagnosticsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return _items.ToEquatableArray();
    }
}
