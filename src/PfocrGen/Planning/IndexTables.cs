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

    public static EquatableArray<byte> Papers(Dataset dataset) =>
        TableEncoder.Papers(dataset.Papers, static p => new PfocrLayout.PaperRow { Pmcid = p.Pmcid, Figures = p.Figures.ToArray() });

    public static EquatableArray<byte> Genes(Dataset dataset) => TableEncoder.Genes(dataset.Genes, static g => new PfocrLayout.GeneRow
    {
        EntrezId = g.EntrezId,
        TaxonomyId = g.TaxonomyId,
        Symbol = g.Symbol,
        Organism = g.Organism,
        FullName = g.FullName,
        Synonyms = g.Synonyms,
    });

    public static EquatableArray<byte> Entities(Dataset dataset) => TableEncoder.Entities(
        dataset.Chemicals, dataset.Diseases, static e => new PfocrLayout.EntityRow { Key = e.Key, Name = e.Name, MeshId = e.MeshId, OtherId = e.OtherId });
}
