using System.Collections.Generic;
using Pfocr;
using PfocrGen.Building;
using PfocrGen.Model;

namespace PfocrGen.Emitting;

/// <summary>
/// Encodes the cross-file tables of <c>PfocrGen.Index.g.cs</c> (layout read back by the generated
/// <c>PfocrTables</c>). Each is its own constant, so the runtime builds each table on its first use.
/// </summary>
internal static class TableEncoder
{
    /// <summary>Every figid, in generated order, with the shard holding its data and its slot in that shard; then the aliases.</summary>
    public static EquatableArray<byte> Figures(IReadOnlyList<FigureEntry> figures, int[] shards, int[] slots)
    {
        var writer = new DataStreamWriter(figures.Count * 24);
        var count = figures.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        for (var i = 0; i < figures.Count; i++)
        {
            // Ids live in the index so that the first lookup reads the index alone, not every shard.
            var row = new PfocrLayout.FigureIndexRow { Id = figures[i].Record.Id, Shard = shards[i], Slot = slots[i] };
            PfocrLayout.FigureIndex(ref writer, ref row);
        }

        // Then every alias with its figure's index (Figures.ById finds a figure by either).
        var aliasCount = 0;
        foreach (var figure in figures)
        {
            aliasCount += figure.Aliases.Count;
        }

        PfocrLayout.RowCount(ref writer, ref aliasCount);
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var alias in figures[i].Aliases)
            {
                var row = new PfocrLayout.FigureAliasRow { Alias = alias, Figure = i };
                PfocrLayout.FigureAlias(ref writer, ref row);
            }
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Papers(Dataset dataset)
    {
        var writer = new DataStreamWriter(dataset.Papers.Count * 24);
        var count = dataset.Papers.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        foreach (var paper in dataset.Papers)
        {
            var row = new PfocrLayout.PaperRow { Pmcid = paper.Pmcid, Figures = paper.Figures.ToArray() };
            PfocrLayout.Paper(ref writer, ref row);
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Genes(Dataset dataset)
    {
        var writer = new DataStreamWriter(dataset.Genes.Count * 32);
        var count = dataset.Genes.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        foreach (var gene in dataset.Genes)
        {
            var row = new PfocrLayout.GeneRow
            {
                EntrezId = gene.EntrezId,
                TaxonomyId = gene.TaxonomyId,
                Symbol = gene.Symbol,
                Organism = gene.Organism,
                FullName = gene.FullName,
                Synonyms = gene.Synonyms,
            };
            PfocrLayout.Gene(ref writer, ref row);
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Entities(Dataset dataset)
    {
        var writer = new DataStreamWriter(1024);
        foreach (var entities in new[] { dataset.Chemicals, dataset.Diseases })
        {
            var count = entities.Count;
            PfocrLayout.RowCount(ref writer, ref count);
            foreach (var entity in entities)
            {
                var row = new PfocrLayout.EntityRow { Key = entity.Key, Name = entity.Name, MeshId = entity.MeshId, OtherId = entity.OtherId };
                PfocrLayout.Entity(ref writer, ref row);
            }
        }

        return writer.ToEquatableArray();
    }
}
