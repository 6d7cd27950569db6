using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Parses a v3 sidecar table (<c>&lt;figid&gt;-genes.tsv</c>, <c>-chemicals.tsv</c>, <c>-diseases.tsv</c>).
/// Columns are found by header name, because PFOCR releases differ in column sets (10 and 11 column genes
/// tables both occur). A bad row is reported and skipped; the other rows are kept.
/// </summary>
internal static class TableParser
{
    private static readonly (string Suffix, EntityKind Kind)[] Suffixes =
    {
        ("-genes.tsv", EntityKind.Genes),
        ("-chemicals.tsv", EntityKind.Chemicals),
        ("-diseases.tsv", EntityKind.Diseases),
    };

    public static ParsedFile Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics();
        var table = ParseTable(path, text, diagnostics, cancellationToken);
        return new ParsedFile(path, EquatableArray<FigureRecord>.Empty, table, diagnostics.ToEquatableArray());
    }

    private static SidecarTable? ParseTable(string path, SourceText text, FileDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var positions = new FilePositions(text);
        var fileName = RecordParser.FileName(path);
        if (!TryClassify(fileName, out var figureId, out var kind))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedTableName, path, TextPosition.FileStart, fileName));
            return null;
        }

        if (diagnostics.ExceedsSize(path, text, positions, SafetyLimits.MaxTableChars, "the table's size"))
        {
            return null;
        }

        var content = text.ToString();
        var rows = new TsvReader(content, positions);
        var genes = new List<GeneMention>();
        var entities = new List<EntityMention>();
        if (!rows.TryReadRow(out var header))
        {
            return new SidecarTable(path, figureId, kind, EquatableArray<GeneMention>.Empty, EquatableArray<EntityMention>.Empty, ContentFingerprint.OfTable(content));
        }

        var columns = TableColumns.For(kind, header, out var missing);
        var headerCells = header.Cells.Count; // the reader reuses its row, so the header's width is kept apart
        if (columns is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedTable, path, positions.Line(0), fileName,
                $"the header has no '{missing}' column, which a {kind.ToString().ToLowerInvariant()} table needs; the table is skipped"));
            return new SidecarTable(path, figureId, kind, EquatableArray<GeneMention>.Empty, EquatableArray<EntityMention>.Empty, ContentFingerprint.OfTable(content));
        }

        var rowCount = 0;
        while (rows.TryReadRow(out var row))
        {
            if ((++rowCount & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row.Cells.Count != headerCells)
            {
                if (diagnostics.CountedOnly())
                {
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedTable, path, row.Line, fileName,
                    $"row {row.Line.Line + 1} has {row.Cells.Count} cells but the header has {headerCells}; the row is skipped"));
                continue;
            }

            if (kind == EntityKind.Genes)
            {
                ReadGene(path, row, columns, genes, diagnostics);
            }
            else
            {
                entities.Add(new EntityMention(
                    row.Text(columns.Word),
                    Placeholders.CleanIdCell(row.Text(columns.Name)),
                    Identifiers.Vocabulary("MESH", row.Text(columns.Mesh)),
                    Identifiers.Vocabulary(kind == EntityKind.Chemicals ? "CHEBI" : "DOID", row.Text(columns.OtherId))));
            }
        }

        return new SidecarTable(path, figureId, kind, genes.ToEquatableArray(), entities.ToEquatableArray(), ContentFingerprint.OfTable(content));
    }

    private static void ReadGene(string path, TsvReader.Row row, TableColumns columns, List<GeneMention> genes, FileDiagnostics diagnostics)
    {
        var idCell = Placeholders.CleanIdCell(row.Text(columns.GeneId));
        if (idCell.Length == 0)
        {
            // NA in the id column: the OCR word matched no gene id; nothing to keep.
            return;
        }

        if (!Identifiers.TryParsePositive(idCell, out var entrezId))
        {
            if (diagnostics.CountedOnly())
            {
                return;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidGeneId, path, row.Cell(columns.GeneId), "ncbigene_id", idCell));
            return;
        }

        Identifiers.TryParsePositive(Placeholders.CleanIdCell(row.Text(columns.TaxonomyId)), out var taxonomyId);

        // NA in ncbigene_symbol is the real Drosophila gene "NA", so the symbol is taken as written.
        genes.Add(new GeneMention(
            row.Text(columns.Word),
            row.Text(columns.Source),
            row.Text(columns.Symbol).Trim(),
            entrezId,
            taxonomyId,
            Placeholders.CleanIdCell(row.Text(columns.Organism)),
            row.Cell(columns.Symbol),
            row.Cell(columns.Word)));
    }

    internal static bool TryClassify(string fileName, out string figureId, out EntityKind kind)
    {
        foreach (var (suffix, candidate) in Suffixes)
        {
            if (fileName.Length > suffix.Length && fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                figureId = fileName.Substring(0, fileName.Length - suffix.Length);
                kind = candidate;
                return true;
            }
        }

        figureId = string.Empty;
        kind = default;
        return false;
    }
}
