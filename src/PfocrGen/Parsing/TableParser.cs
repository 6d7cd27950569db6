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

        var genes = kind == EntityKind.Genes ? ScratchList<GeneMention>.Rent() : null;
        var entities = genes is null ? ScratchList<EntityMention>.Rent() : null;
        var rowCount = 0;
        while (rows.TryReadRow(out var row))
        {
            if ((++rowCount & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row.Cells.Count != headerCells)
            {
                diagnostics.Malformed(path, row.Line, (Row: row.Line.Line + 1, Cells: row.Cells.Count, Header: headerCells), static counts =>
                    $"row {counts.Row} has {counts.Cells} cells but the header has {counts.Header}; the row is skipped");
                continue;
            }

            if (genes is not null)
            {
                ReadGene(path, row, columns, genes, diagnostics);
            }
            else
            {
                entities!.Add(new EntityMention(
                    row.Text(columns.Word),
                    Placeholders.CleanIdCell(row.Text(columns.Name)),
                    Identifiers.Vocabulary("MESH", row.Text(columns.Mesh)),
                    Identifiers.Vocabulary(kind == EntityKind.Chemicals ? "CHEBI" : "DOID", row.Text(columns.OtherId)))
                {
                    Match = Placeholders.CleanIdCell(row.Text(columns.Match)),
                });
            }
        }

        return new SidecarTable(
            path,
            figureId,
            kind,
            genes is null ? EquatableArray<GeneMention>.Empty : new EquatableArray<GeneMention>(ScratchList<GeneMention>.ToArrayAndReturn(genes)),
            entities is null ? EquatableArray<EntityMention>.Empty : new EquatableArray<EntityMention>(ScratchList<EntityMention>.ToArrayAndReturn(entities)),
            ContentFingerprint.OfTable(content));
    }

    private static void ReadGene(string path, TsvReader.Row row, TableColumns columns, List<GeneMention> genes, FileDiagnostics diagnostics)
    {
        var id = row.ReadId(columns.GeneId, out var entrezId);
        if (id == IdCell.Empty)
        {
            // NA in the id column: the OCR word matched no gene id; nothing to keep.
            return;
        }

        if (id == IdCell.Other)
        {
            // Not plain digits: read as text, as every id once was, for the same verdict and message.
            var idCell = Placeholders.CleanIdCell(row.Text(columns.GeneId));
            if (!Identifiers.TryParsePositive(idCell, out entrezId))
            {
                diagnostics.InvalidGeneId(path, row.Cell(columns.GeneId), "ncbigene_id", idCell);
                return;
            }
        }

        var taxonomyId = row.ReadId(columns.TaxonomyId, out var positiveTaxonomy) switch
        {
            IdCell.Positive => positiveTaxonomy,
            IdCell.Other => Identifiers.TryParsePositive(Placeholders.CleanIdCell(row.Text(columns.TaxonomyId)), out var other) ? other : 0,
            _ => 0,
        };

        // Rows of a table mostly share their source and organism, and a symbol is often its word: the previous
        // row's strings are reused when the text is the same.
        var previous = genes.Count > 0 ? genes[genes.Count - 1] : null;
        var word = row.Text(columns.Word);
        var organism = row.Text(columns.Organism, trim: true, previous?.Organism);
        if (organism == "NA" || organism == Placeholders.RNa)
        {
            organism = string.Empty;
        }

        // NA in ncbigene_symbol is the real Drosophila gene "NA", so the symbol is taken as written.
        genes.Add(new GeneMention(
            word,
            row.Text(columns.Source, trim: false, previous?.Source),
            row.Text(columns.Symbol, trim: true, word),
            entrezId,
            taxonomyId,
            organism,
            row.Cell(columns.Symbol),
            row.Cell(columns.Word))
        {
            // As written, like the symbol: NA is a real match (Drosophila's gene NA).
            Match = row.Text(columns.Match, trim: false, word),
        });
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
