using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Pfocr;
using DataReader = Pfocr.PfocrTables.DataReader;

namespace PfocrGen.IdChecking;

/// <summary>A gene as the generated gene table holds it.</summary>
internal sealed record CatalogGene(int EntrezId, int TaxonomyId, string Symbol, string Organism);

/// <summary>A chemical or disease as the generated entity table holds it: its key, its name and its other ids (or "").</summary>
internal sealed record CatalogEntity(string Key, string Name, string MeshId, string OtherId);

/// <summary>
/// The ids of the generated API, read back from the packed constants the generator emitted into
/// <c>PfocrTables</c> (<c>IndexText</c>, <c>PaperDataText</c>, <c>GeneDataText</c>, <c>EntityDataText</c> and,
/// for synonyms only, the shard constants), never from the records, with the generated runtime's own reader
/// (<c>Runtime/Shared/PfocrTables.DataReader.cs</c>, compiled into PfocrGen as well) and the layout's constants
/// (<c>Runtime/Shared/PfocrLayout.cs</c>). The only class of the id checks that knows the tables' field order; each table
/// is decoded on first use. What is read from the figure shards is in <c>GeneratedIdCatalog.Shards.cs</c>.
/// </summary>
internal sealed partial class GeneratedIdCatalog
{
    private readonly Lazy<FigureIndexRows> _figures;
    private readonly Lazy<(IReadOnlyList<string> Pmcids, IReadOnlyList<int[]> Figures)> _papers;
    private readonly Lazy<IReadOnlyList<CatalogGene>> _genes;
    private readonly Lazy<(IReadOnlyList<CatalogEntity> Chemicals, IReadOnlyList<CatalogEntity> Diseases)> _entities;

    private GeneratedIdCatalog(string index, string papers, string genes, string entities)
    {
        IndexText = index;
        _figures = new(() => ReadFigures(index));
        _papers = new(() => ReadPapers(papers));
        _genes = new(() => ReadGenes(genes));
        _entities = new(() => ReadEntities(entities));
        Fingerprint = new[] { index, papers, genes, entities };
    }

    /// <summary>The figure index constant: what identifies this data (see <see cref="IdCatalogCache"/>).</summary>
    public string IndexText { get; }

    /// <summary>The four table constants, to tell whether a cached catalog was read from the same data.</summary>
    public IReadOnlyList<string> Fingerprint { get; }

    /// <summary>How many figures the data holds (0: the project has no records), read without decoding the index.</summary>
    public int FigureCount => IndexText.Length == 0 ? 0 : new DataReader(IndexText, 0).ReadInt();

    /// <summary>Every figid, in generated (ordinal) order: the order member naming and the figure slots use.</summary>
    public IReadOnlyList<string> FigureIds => _figures.Value.Ids;

    /// <summary>
    /// Other ids a figure is found by (its record's <c>figid_alias</c>, GMT line names), with the index of that figure
    /// in <see cref="FigureIds"/>, as the index lists them after the figures.
    /// </summary>
    public IReadOnlyList<(string Alias, int Figure)> FigureAliases => _figures.Value.Aliases;

    /// <summary>Where each figure of <see cref="FigureIds"/> is stored: its shard, and its slot in that shard.</summary>
    public IReadOnlyList<(int Shard, int Slot)> FigurePlaces => _figures.Value.Places;

    /// <summary>Every PMCID, in generated order.</summary>
    public IReadOnlyList<string> Pmcids => _papers.Value.Pmcids;

    /// <summary>The figures of each paper of <see cref="Pmcids"/>, as indexes into <see cref="FigureIds"/>.</summary>
    public IReadOnlyList<int[]> PaperFigures => _papers.Value.Figures;

    /// <summary>Every gene, in generated order (symbol, then Entrez id).</summary>
    public IReadOnlyList<CatalogGene> Genes => _genes.Value;

    public IReadOnlyList<CatalogEntity> Chemicals => _entities.Value.Chemicals;

    public IReadOnlyList<CatalogEntity> Diseases => _entities.Value.Diseases;

    /// <summary>
    /// Reads the constants of <paramref name="tables"/> (the generated <c>PfocrTables</c>); null when it does not
    /// hold all four, i.e. it is not PfocrGen's output (or from a layout this reader does not know).
    /// </summary>
    public static GeneratedIdCatalog? TryRead(INamedTypeSymbol tables)
    {
        var index = Constant(tables, "IndexText");
        var papers = Constant(tables, "PaperDataText");
        var genes = Constant(tables, "GeneDataText");
        var entities = Constant(tables, "EntityDataText");
        return index is null || papers is null || genes is null || entities is null
            ? null
            : new GeneratedIdCatalog(index, papers, genes, entities);
    }

    // Read together: the figure index holds them in one sequence of rows.
    private sealed record FigureIndexRows(IReadOnlyList<string> Ids, IReadOnlyList<(int Shard, int Slot)> Places, IReadOnlyList<(string Alias, int Figure)> Aliases);

    private static string? Constant(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value })
            {
                return value;
            }
        }

        return null;
    }

    // The figure index: a count, then the rows of PfocrLayout.FigureIndex; a count, then those of PfocrLayout.FigureAlias.
    private static FigureIndexRows ReadFigures(string text)
    {
        if (text.Length == 0)
        {
            return new FigureIndexRows(Array.Empty<string>(), Array.Empty<(int, int)>(), Array.Empty<(string, int)>());
        }

        var reader = new DataReader(text, 0);
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var ids = new string[count];
        var places = new (int Shard, int Slot)[count];
        for (var i = 0; i < ids.Length; i++)
        {
            var row = default(PfocrLayout.FigureIndexRow);
            PfocrLayout.FigureIndex(ref reader, ref row);
            ids[i] = row.Id;
            places[i] = (row.Shard, row.Slot);
        }

        PfocrLayout.RowCount(ref reader, ref count);
        var aliases = new (string Alias, int Figure)[count];
        for (var a = 0; a < aliases.Length; a++)
        {
            var row = default(PfocrLayout.FigureAliasRow);
            PfocrLayout.FigureAlias(ref reader, ref row);
            aliases[a] = (row.Alias, row.Figure);
        }

        return new FigureIndexRows(ids, places, aliases);
    }

    // Papers: a count, then the rows of PfocrLayout.Paper.
    private static (IReadOnlyList<string>, IReadOnlyList<int[]>) ReadPapers(string text)
    {
        var reader = new DataReader(text, 0);
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var pmcids = new string[count];
        var figures = new int[count][];
        for (var p = 0; p < pmcids.Length; p++)
        {
            var row = default(PfocrLayout.PaperRow);
            PfocrLayout.Paper(ref reader, ref row);
            pmcids[p] = row.Pmcid;
            figures[p] = row.Figures;
        }

        return (pmcids, figures);
    }

    // Genes: a count, then the rows of PfocrLayout.Gene; the full name is not needed (set, so skipped).
    private static IReadOnlyList<CatalogGene> ReadGenes(string text)
    {
        var reader = new DataReader(text, 0);
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var genes = new CatalogGene[count];
        for (var g = 0; g < genes.Length; g++)
        {
            var row = new PfocrLayout.GeneRow { FullName = string.Empty };
            PfocrLayout.Gene(ref reader, ref row);
            genes[g] = new CatalogGene(row.EntrezId, row.TaxonomyId, row.Symbol, row.Organism);
        }

        return genes;
    }

    // Entities: chemicals then diseases, each a count then the rows of PfocrLayout.Entity.
    private static (IReadOnlyList<CatalogEntity>, IReadOnlyList<CatalogEntity>) ReadEntities(string text)
    {
        var reader = new DataReader(text, 0);
        return (ReadEntityList(ref reader), ReadEntityList(ref reader));
    }

    private static CatalogEntity[] ReadEntityList(ref DataReader reader)
    {
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var entities = new CatalogEntity[count];
        for (var e = 0; e < entities.Length; e++)
        {
            var row = default(PfocrLayout.EntityRow);
            PfocrLayout.Entity(ref reader, ref row);
            entities[e] = new CatalogEntity(row.Key, row.Name, row.MeshId, row.OtherId);
        }

        return entities;
    }
}
