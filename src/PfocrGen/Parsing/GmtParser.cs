using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Parses a <c>.gmt</c> gene-set file (one set per line: name, description, NCBI gene ids, tab-separated), so a
/// PFOCR release GMT can drive the generator with no <c>.md</c> records. Each line becomes a figure: the name is
/// the figid, the description its title. Names in the WikiPathways style (<c>title%source%id%organism</c>) are
/// taken apart: the part that looks like a figid (<c>PMC…__…</c>) is the id, the first part the title.
/// </summary>
internal static class GmtParser
{
    /// <summary>The match source of GMT mentions: a GMT carries no match evidence, so no source filter applies.</summary>
    public const string Source = "";

    public static ParsedFile Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics();
        var figures = ParseFigures(path, text, diagnostics, cancellationToken);
        return new ParsedFile(path, figures.ToEquatableArray(), null, diagnostics.ToEquatableArray());
    }

    private static List<FigureRecord> ParseFigures(string path, SourceText text, FileDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var figures = new List<FigureRecord>();
        var positions = new FilePositions(text);
        if (diagnostics.ExceedsSize(path, text, positions, SafetyLimits.MaxGmtChars, "the GMT file's size"))
        {
            return figures;
        }

        var fileName = RecordParser.FileName(path);
        var rows = new TsvReader(text.ToString(), positions);
        using var sha = System.Security.Cryptography.SHA256.Create();
        var count = 0;
        while (rows.TryReadRow(out var row))
        {
            if ((++count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var name = row.Cells.Count < 2 ? string.Empty : row.Text(0).Trim();
            if (name.Length == 0)
            {
                if (diagnostics.CountedOnly())
                {
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedTable, path, row.Line, fileName,
                    $"GMT line {row.Line.Line + 1} needs a set name, a description and gene ids, separated by tabs; the line is skipped"));
                continue;
            }

            figures.Add(ReadSet(path, row, name, diagnostics, sha));
        }

        return figures;
    }

    private static FigureRecord ReadSet(string path, TsvReader.Row row, string name, FileDiagnostics diagnostics, System.Security.Cryptography.HashAlgorithm sha)
    {
        var (figid, title) = SplitName(name, row.Text(1).Trim());
        var separator = figid.IndexOf("__", StringComparison.Ordinal);
        var pmcid = separator > 0 ? figid.Substring(0, separator) : figid;

        var genes = new List<GeneMention>(row.Cells.Count - 2);
        var canonical = new StringBuilder(figid).Append('\t').Append(title);
        for (var column = 2; column < row.Cells.Count; column++)
        {
            var cell = row.Text(column).Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            if (!Identifiers.TryParsePositive(cell, out var entrezId))
            {
                if (!diagnostics.CountedOnly())
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidGeneId, path, row.Cell(column), "GMT gene id", cell));
                }

                continue;
            }

            // A GMT gene has no symbol or word for a diagnostic to point at, so the row stands for its position.
            canonical.Append('\t').Append(cell);
            genes.Add(new GeneMention(string.Empty, Source, string.Empty, entrezId, 0, string.Empty, row.Line, row.Line));
        }

        return new FigureRecord(
            path,
            figid,
            row.Cell(0),
            pmcid,
            Title: title,
            Caption: string.Empty,
            Number: string.Empty,
            Year: null,
            Link: Identifiers.FigureLink(string.Empty, pmcid),
            PaperTitle: string.Empty,
            Reference: string.Empty,
            Organisms: EquatableArray<string>.Empty,
            Genes: genes.ToEquatableArray(),
            Chemicals: null,
            Diseases: null,
            Fingerprint: ContentFingerprint.Hash(sha, canonical.ToString()));
    }

    private static (string Figid, string Title) SplitName(string name, string description)
    {
        if (name.IndexOf('%') < 0)
        {
            return (name, description);
        }

        var parts = name.Split('%');
        foreach (var part in parts)
        {
            if (part.StartsWith("PMC", StringComparison.Ordinal) && part.IndexOf("__", StringComparison.Ordinal) > 3)
            {
                return (part, ReferenceEquals(part, parts[0]) ? description : parts[0]);
            }
        }

        return (name, description);
    }
}
