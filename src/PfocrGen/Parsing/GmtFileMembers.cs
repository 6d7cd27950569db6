using System;
using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// The member objects of one GMT file, made once per distinct member and shared by every line that lists it (and the
/// pmcid, shared by the lines of one paper), plus the scratch lists one line is read into. A release's human file
/// lists 683,000 genes but only ~20,000 distinct ones; one mention object per listing was most of the parser's
/// allocation, and the driver caches what it returns.
/// </summary>
/// <remarks>
/// A GMT mention carries the gene id and the file's species and nothing of its line (no word, no match source), so
/// sharing it changes nothing a figure exposes. Its position is the cell where the file first lists the gene: what
/// a diagnostic about the gene itself (not about one cell) can point at.
/// </remarks>
internal sealed class GmtFileMembers
{
    private readonly Dictionary<int, GeneMention> _genes = new();
    private readonly TextRangeMap<EntityMention?> _chemicals = new();
    private string _pmcid = string.Empty;

    /// <summary>One line's genes, in order; cleared by the reader for each line.</summary>
    public List<GeneMention> Genes { get; } = new(64);

    /// <summary>The gene ids already on the line.</summary>
    public HashSet<int> SeenIds { get; } = new();

    /// <summary>One line's chemicals, in order; cleared by the reader for each line.</summary>
    public List<EntityMention> Chemicals { get; } = new(64);

    /// <summary>The chemical keys already on the line.</summary>
    public HashSet<string> SeenKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The file's mention of gene <paramref name="entrezId"/>, made at its first cell.</summary>
    public GeneMention Gene(int entrezId, GeneSetSource source, TsvReader.Row row, int column)
    {
        if (!_genes.TryGetValue(entrezId, out var mention))
        {
            var position = row.Cell(column);
            mention = new GeneMention(string.Empty, GmtParser.Source, string.Empty, entrezId, source.TaxonomyId, source.Organism, position, position);
            _genes.Add(entrezId, mention);
        }

        return mention;
    }

    /// <summary>
    /// The file's mention for the chemical cell <c>text[start..start+length]</c> (<c>chebi:23981</c>); false when the
    /// cell is not a vocabulary id. <paramref name="cell"/> is the cell's text, made once per distinct text.
    /// </summary>
    public bool TryGetChemical(string text, int start, int length, out string cell, out EntityMention mention)
    {
        if (!_chemicals.TryGetValue(text, start, length, out cell, out var known))
        {
            cell = text.Substring(start, length);
            known = GmtParser.IsVocabularyId(cell) ? GmtParser.ChemicalMention(cell) : null;
            _chemicals.Add(cell, known);
        }

        mention = known!;
        return known is not null;
    }

    /// <summary>
    /// The pmcid of a figid whose <c>__</c> is at <paramref name="separator"/>: the line before's when it is the same
    /// (a file lists a paper's figures one after another), so those lines share one string.
    /// </summary>
    public string Pmcid(string figid, int separator)
    {
        if (separator <= 0)
        {
            return figid;
        }

        if (_pmcid.Length != separator || string.CompareOrdinal(_pmcid, 0, figid, 0, separator) != 0)
        {
            _pmcid = figid.Substring(0, separator);
        }

        return _pmcid;
    }
}
