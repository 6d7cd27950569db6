using System.Collections.Generic;
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
        writer.WriteInt(figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            // Ids live in the index so that the first lookup reads the index alone, not every shard.
            writer.WriteString(figures[i].Record.Id);
            writer.WriteInt(shards[i]);
            writer.WriteInt(slots[i]);
        }

        // Then every alias with its figure's index (Figures.ById finds a figure by either).
        var aliasCount = 0;
        foreach (var figure in figures)
        {
            aliasCount += figure.Aliases.Count;
        }

        writer.WriteInt(aliasCount);
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var alias in figures[i].Aliases)
            {
                writer.WriteString(alias);
                writer.WriteInt(i);
            }
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Papers(Dataset dataset)
    {
        var writer = new DataStreamWriter(dataset.Papers.Count * 24);
        writer.WriteInt(dataset.Papers.Count);
        foreach (var paper in dataset.Papers)
        {
            writer.WriteString(paper.Pmcid);
            writer.WriteInt(paper.Figures.Count);
            foreach (var figure in paper.Figures)
            {
                writer.WriteInt(figure);
            }
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Genes(Dataset dataset)
    {
        var writer = new DataStreamWriter(dataset.Genes.Count * 32);
        writer.WriteInt(dataset.Genes.Count);
        foreach (var gene in dataset.Genes)
        {
            writer.WriteInt(gene.EntrezId);
            writer.WriteInt(gene.TaxonomyId);
            writer.WriteString(gene.Symbol);
            writer.WriteString(gene.Organism);
            writer.WriteString(gene.FullName);
            writer.WriteInt(gene.Synonyms.Length);
            foreach (var synonym in gene.Synonyms)
            {
                writer.WriteString(synonym);
            }
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Entities(Dataset dataset)
    {
        var writer = new DataStreamWriter(1024);
        foreach (var entities in new[] { dataset.Chemicals, dataset.Diseases })
        {
            writer.WriteInt(entities.Count);
            foreach (var entity in entities)
            {
                writer.WriteString(entity.Key);
                writer.WriteString(entity.Name);
                writer.WriteString(entity.MeshId);
                writer.WriteString(entity.OtherId);
            }
        }

        return writer.ToEquatableArray();
    }
}
