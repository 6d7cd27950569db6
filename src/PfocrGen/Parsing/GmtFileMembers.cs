using System;
using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// The member objects of one GMT file, made once per distinct member and shared by every line that lists it, plus
/// the scratch lists one line is read into. A release's human file lists 683,000 genes but only ~20,000 distinct
/// ones; one mention object per listing was most of the parser's allocation, and the driver caches what it returns.
/// </summary>
/// <remarks>
/// A GMT mention carries the gene id and the file's species and nothing of its line (no word, no match source), so
/// sharing it changes nothing a figure exposes. Its position is the cell where the file first lists the gene: what
/// a diagnostic about the gene itself (not about one cell) can point at.
/// </remarks>
internal sealed class GmtFileMembers
{
    private readonly Dictionary<int, GeneMention> _genes = new();
    private readonly Dictionary<string, EntityMention?> _chemicals = new(StringComparer.Ordinal);

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

    /// <summary>The file's mention for a chemical cell (<c>chebi:23981</c>); false when the cell is not a vocabulary id.</summary>
    public bool TryGetChemical(string cell, out EntityMention mention)
    {
        if (!_chemicals.TryGetValue(cell, out var known))
        {
            known = GmtParser.IsVocabularyId(cell) ? GmtParser.ChemicalMention(cell) : null;
            _chemicals.Add(cell, known);
        }

        mention = known!;
        return known is not null;
    }
}
