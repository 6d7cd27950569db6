using System;
using System.Collections.Generic;
using Pfocr;
using PfocrGen.Model;

namespace PfocrGen.Packing;

/// <summary>
/// Encodes the cross-file tables of <c>PfocrGen.Index.g.cs</c> (layout read back by the generated
/// <c>PfocrTables</c>). Each is its own constant, so the runtime builds each table on its first use. The planner
/// says how an entry of the dataset becomes a row (the <c>row</c> functions); this class only packs the rows.
/// </summary>
internal static class TableEncoder
{
    /// <summary>Every figid, in generated order, with the shard holding its data and its slot in that shard; then the aliases.</summary>
    public static EquatableArray<byte> Figures<TFigure>(
        IReadOnlyList<TFigure> figures, Func<TFigure, string> id, Func<TFigure, IReadOnlyList<string>> aliases, int[] shards, int[] slots)
    {
        var writer = new DataStreamWriter(figures.Count * 24);
        var count = figures.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        for (var i = 0; i < figures.Count; i++)
        {
            // Ids live in the index so that the first lookup reads the index alone, not every shard.
            var row = new PfocrLayout.FigureIndexRow { Id = id(figures[i]), Shard = shards[i], Slot = slots[i] };
            PfocrLayout.FigureIndex(ref writer, ref row);
        }

        // Then every alias with its figure's index (Figures.ById finds a figure by either).
        var aliasCount = 0;
        foreach (var figure in figures)
        {
            aliasCount += aliases(figure).Count;
        }

        PfocrLayout.RowCount(ref writer, ref aliasCount);
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var alias in aliases(figures[i]))
            {
                var row = new PfocrLayout.FigureAliasRow { Alias = alias, Figure = i };
                PfocrLayout.FigureAlias(ref writer, ref row);
            }
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Papers<TPaper>(IReadOnlyList<TPaper> papers, Func<TPaper, PfocrLayout.PaperRow> rowOf)
    {
        var writer = new DataStreamWriter(papers.Count * 24);
        var count = papers.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        foreach (var paper in papers)
        {
            var row = rowOf(paper);
            PfocrLayout.Paper(ref writer, ref row);
        }

        return writer.ToEquatableArray();
    }

    public static EquatableArray<byte> Genes<TGene>(IReadOnlyList<TGene> genes, Func<TGene, PfocrLayout.GeneRow> rowOf)
    {
        var writer = new DataStreamWriter(genes.Count * 32);
        var count = genes.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        foreach (var gene in genes)
        {
            var row = rowOf(gene);
            PfocrLayout.Gene(ref writer, ref row);
        }

        return writer.ToEquatableArray();
    }

    /// <summary>The chemicals, then the diseases.</summary>
    public static EquatableArray<byte> Entities<TEntity>(IReadOnlyList<TEntity> chemicals, IReadOnlyList<TEntity> diseases, Func<TEntity, PfocrLayout.EntityRow> rowOf)
    {
        var writer = new DataStreamWriter(1024);
        foreach (var entities in new[] { chemicals, diseases })
        {
            var count = entities.Count;
            PfocrLayout.RowCount(ref writer, ref count);
            foreach (var entity in entities)
            {
                var row = rowOf(entity);
                PfocrLayout.Entity(ref writer, ref row);
            }
        }

        return writer.ToEquatableArray();
    }
}
