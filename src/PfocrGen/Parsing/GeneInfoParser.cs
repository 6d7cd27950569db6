using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Reads an NCBI <c>gene_info</c> file (<c>Homo_sapiens.gene_info</c>: a <c>#tax_id GeneID Symbol …</c> header,
/// then one tab-separated row per gene; <c>-</c> means none, <c>|</c> separates list items). Columns are found by
/// name in the header. Only five cells of a row are read, in place; the symbol, full name and synonyms are copied as
/// UTF-8 into three string tables (<see cref="Utf8StringTable"/>), so a row allocates nothing and the human file
/// (~190,000 rows, ~65 MB) is kept in a few arrays.
/// </summary>
internal static class GeneInfoParser
{
    public const string Extension = ".gene_info";

    private const string None = "-";

    public static GeneInfoFile Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics();
        var positions = new FilePositions(text);
        var rows = new Rows(text.Length);
        if (!diagnostics.ExceedsSize(path, text, positions, SafetyLimits.MaxGeneInfoChars, "the gene_info file's size"))
        {
            Read(path, new TsvReader(text.ToString(), positions), rows, diagnostics, cancellationToken);
        }

        return new GeneInfoFile(
            path,
            OrganismOfFileName(path),
            new EquatableArray<int>(rows.EntrezIds.ToArray()),
            new EquatableArray<int>(rows.TaxonomyIds.ToArray()),
            rows.Symbols.ToTable(),
            rows.FullNames.ToTable(),
            rows.Synonyms.ToTable(),
            new EquatableArray<TextPosition>(rows.SymbolPositions.ToArray()),
            diagnostics.ToEquatableArray());
    }

    /// <summary>NCBI names its per-species files <c>Genus_species.gene_info</c>; anything else (<c>All_Data.gene_info</c>) gives "".</summary>
    public static string OrganismOfFileName(string path)
    {
        var name = RecordParser.FileName(path);
        var stem = name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - Extension.Length) : name;
        var underscore = stem.IndexOf('_');
        // Genus capitalised, species epithet not: NCBI's All_Data.gene_info (every taxon) names no organism.
        if (underscore <= 0 || underscore == stem.Length - 1 || !char.IsUpper(stem[0]) || !char.IsLower(stem[underscore + 1]))
        {
            return string.Empty;
        }

        foreach (var c in stem)
        {
            if (!char.IsLetter(c) && c != '_')
            {
                return string.Empty;
            }
        }

        return stem.Replace('_', ' ');
    }

    private static void Read(string path, TsvReader reader, Rows rows, FileDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        if (!reader.TryReadRow(out var header))
        {
            return;
        }

        var columns = Columns.Of(header);
        if (columns is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedTable, path, header.Line, RecordParser.FileName(path),
                "the first line is not NCBI's gene_info header (tab-separated '#tax_id', 'GeneID', 'Symbol', … as in "
                    + "Homo_sapiens.gene_info); the file is ignored"));
            return;
        }

        var seen = new AscendingIds(rows.EntrezIds);
        var count = 0;
        while (reader.TryReadRow(out var row))
        {
            if ((++count & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadRow(path, row, columns, rows, seen, diagnostics);
        }
    }

    private static void ReadRow(string path, TsvReader.Row row, Columns columns, Rows rows, AscendingIds seen, FileDiagnostics diagnostics)
    {
        if (row.Cells.Count <= columns.Last)
        {
            diagnostics.Malformed(path, row.Line, (row.Line, Cells: row.Cells.Count, Named: columns.Count), static input =>
                $"line {Line(input.Line)} has {input.Cells} tab-separated cells, but the header names {input.Named}; the row is skipped");
            return;
        }

        if (row.ReadId(columns.TaxonomyId, out var taxonomyId) != IdCell.Positive)
        {
            diagnostics.Malformed(path, row.Cell(columns.TaxonomyId), (row, columns), static input =>
                $"line {Line(input.row.Line)}: tax_id '{input.row.Text(input.columns.TaxonomyId)}' is not a positive integer NCBI taxonomy id; the row is skipped");
            return;
        }

        if (row.ReadId(columns.GeneId, out var entrezId) != IdCell.Positive)
        {
            diagnostics.InvalidGeneId(path, row.Cell(columns.GeneId), "GeneID", row.Text(columns.GeneId));
            return;
        }

        if (!seen.Add(entrezId))
        {
            diagnostics.Malformed(path, row.Cell(columns.GeneId), (row.Line, entrezId), static input =>
                $"line {Line(input.Line)}: GeneID {input.entrezId} is listed again; the first row for it is kept");
            return;
        }

        rows.EntrezIds.Add(entrezId);
        rows.TaxonomyIds.Add(taxonomyId);
        Add(rows.Symbols, row, columns.Symbol);
        Add(rows.FullNames, row, HasValue(row, columns.FullName) ? columns.FullName : columns.Description);
        Add(rows.Synonyms, row, columns.Synonyms);
        rows.SymbolPositions.Add(row.Cell(columns.Symbol));
    }

    // A cell's text, "" for NCBI's "-" (none) or an absent optional column.
    private static void Add(Utf8StringTable.Builder table, TsvReader.Row row, int column)
    {
        if (column < 0 || row.Is(column, None))
        {
            table.AddEmpty();
            return;
        }

        var (text, start, length) = row.Range(column);
        table.Add(text, start, length);
    }

    private static bool HasValue(TsvReader.Row row, int column) => column >= 0 && !row.Is(column, None) && row.Range(column).Length > 0;


    private static int Line(TextPosition position) => position.Line + 1;

    /// <summary>The header's column numbers; -1 for an optional column the file lacks.</summary>
    private sealed class Columns
    {
        public int TaxonomyId;
        public int GeneId;
        public int Symbol;
        public int Synonyms = -1;
        public int Description = -1;
        public int FullName = -1;
        public int Count;

        /// <summary>The highest column a row must reach for the required cells.</summary>
        public int Last => Math.Max(TaxonomyId, Math.Max(GeneId, Symbol));

        public static Columns? Of(TsvReader.Row header)
        {
            var columns = new Columns { TaxonomyId = -1, GeneId = -1, Symbol = -1, Count = header.Cells.Count };
            for (var c = 0; c < header.Cells.Count; c++)
            {
                switch (header.Text(c, trim: true, known: null).TrimStart('#'))
                {
                    case "tax_id": columns.TaxonomyId = c; break;
                    case "GeneID": columns.GeneId = c; break;
                    case "Symbol": columns.Symbol = c; break;
                    case "Synonyms": columns.Synonyms = c; break;
                    case "description": columns.Description = c; break;
                    case "Full_name_from_nomenclature_authority": columns.FullName = c; break;
                }
            }

            // NCBI's header line starts with '#tax_id'; a data row in its place is not a gene_info file.
            return header.Text(0, trim: true, known: null).StartsWith("#", StringComparison.Ordinal)
                && columns.TaxonomyId >= 0 && columns.GeneId >= 0 && columns.Symbol >= 0 ? columns : null;
        }
    }

    private sealed class Rows
    {
        public readonly List<int> EntrezIds;
        public readonly List<int> TaxonomyIds;
        public readonly List<TextPosition> SymbolPositions;
        public readonly Utf8StringTable.Builder Symbols;
        public readonly Utf8StringTable.Builder FullNames;
        public readonly Utf8StringTable.Builder Synonyms;

        // Sized from the file's length so that the lists and tables of a real file need not grow (each growth copies
        // what they hold): NCBI's rows run to ~340 characters, of which the symbol takes ~2%, the full name ~10% and
        // the synonyms ~5%. The guesses err large; what is kept is copied at its exact size.
        public Rows(int characters)
        {
            var rows = (characters / 250) + 16;
            EntrezIds = new List<int>(rows);
            TaxonomyIds = new List<int>(rows);
            SymbolPositions = new List<TextPosition>(rows);
            Symbols = new Utf8StringTable.Builder(characters / 40, rows);
            FullNames = new Utf8StringTable.Builder(characters / 7, rows);
            Synonyms = new Utf8StringTable.Builder(characters / 16, rows);
        }
    }
}
