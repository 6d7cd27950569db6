using System.Collections.Generic;
using Pfocr;
using PfocrGen.Building;
using PfocrGen.Model;
using PfocrGen.Packing;

namespace PfocrGen.Planning;

/// <summary>The index's cross-file tables: each entry of the dataset as its row of the layout, packed by <see cref="TableEncoder"/>.</summary>
internal static class IndexTables
{
    /// <summary>Every figure's id with its shard and slot, then the aliases.</summary>
    public static EquatableArray<byte> Figures(IReadOnlyList<FigureEntry> figures, int[] shards, int[] slots) =>
        TableEncoder.Figures(figures, static f => f.Record.Id, static f => f.Aliases, shards, slots);

    public static EquatableArray<byte> Papers(IReadOnlyList<PaperEntry> papers) =>
        TableEncoder.Papers(papers, static p => new PfocrLayout.PaperRow { Pmcid = p.Pmcid, Figures = p.Figures.AsSpan().ToArray() });

    public static EquatableArray<byte> Genes(IReadOnlyList<GeneEntry> genes) => TableEncoder.Genes(genes, static g => new PfocrLayout.GeneRow
    {
        EntrezId = g.EntrezId,
        TaxonomyId = g.TaxonomyId,
        Symbol = g.Symbol,
        Organism = g.Organism,
        FullName = g.FullName,
        Synonyms = g.Synonyms.AsSpan().ToArray(),
    });

    /// <summary>The chemicals, then the diseases.</summary>
    public static EquatableArray<byte> Entities(IReadOnlyList<EntityEntry> chemicals, IReadOnlyList<EntityEntry> diseases) => TableEncoder.Entities(
        chemicals, diseases, static e => new PfocrLayout.EntityRow { Key = e.Key, Name = e.Name, MeshId = e.MeshId, OtherId = e.OtherId });
}
