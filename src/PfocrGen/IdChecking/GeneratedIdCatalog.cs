using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Pfocr;
using DataReader = Pfocr.PfocrTables.DataReader;

namespace PfocrGen.IdChecking;

/// <summary>A gene as the generated gene table holds it.</summary>
internal sealed record CatalogGene(int EntrezId, int TaxonomyId, string Symbol, string Organism);

/// <summary>A chemical or disease as the generated entity table holds it: its key and its other ids (or "").</summary>
internal sealed record CatalogEntity(string Key, string MeshId, string OtherId);

/// <summary>
/// The ids of the generated API, read back from the packed constants the generator emitted into
/// <c>PfocrTables</c> (<c>IndexText</c>, <c>PaperDataText</c>, <c>GeneDataText</c>, <c>EntityDataText</c> and,
/// for synonyms only, the shard constants), never from the records, with the generated runtime's own reader
/// (<c>Runtime/Shared/PfocrTables.DataReader.cs</c>, compiled into PfocrGen as well) and the layout's constants
/// (<c>Runtime/Shared/PfocrLayout.cs</c>). The only class of the id checks that knows the tables' field order; each table
/// is decoded on first use.
/// </summary>
internal sealed class GeneratedIdCatalog
{

    private readonly Lazy<(IReadOnlyList<string> Ids, IReadOnlyList<(string Alias, int Figure)> Aliases)> _figures;
    private readonly Lazy<IReadOnlyList<string>> _pmcids;
    private readonly Lazy<IReadOnlyList<CatalogGene>> _genes;
    private readonly Lazy<(IReadOnlyList<CatalogEntity> Chemicals, IReadOnlyList<CatalogEntity> Diseases)> _entities;

    private GeneratedIdCatalog(string index, string papers, string genes, string entities)
    {
        IndexText = index;
        _figures = new(() => ReadFigures(index));
        _pmcids = new(() => ReadPmcids(papers));
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

    /// <summary>Every PMCID, in generated order.</summary>
    public IReadOnlyList<string> Pmcids => _pmcids.Value;

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

    /// <summary>The figure shard constants of <paramref name="tables"/>, in shard order.</summary>
    public static string[] ShardTexts(INamedTypeSymbol tables)
    {
        var shardCount = 0;
        foreach (var member in tables.GetMembers("ShardCount"))
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int count })
            {
                shardCount = count;
            }
        }

        var texts = new List<string>(shardCount);
        for (var shard = 0; shard < shardCount; shard++)
        {
            if (Constant(tables, "Shard" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Data") is { } text)
            {
                texts.Add(text);
            }
        }

        return texts.ToArray();
    }

    /// <summary>
    /// Gene mentions whose PFOCR match source is a synonym (alias or previous symbol): the OCR word and the gene's
    /// Entrez id, read from the figure shards (<see cref="ShardTexts"/>), so costly: every figure's gene rows.
    /// </summary>
    public static IEnumerable<(string Word, int EntrezId)> SynonymMentions(IReadOnlyList<string> shardTexts)
    {
        foreach (var text in shardTexts)
        {
            var reader = new DataReader(text, 0);
            var figures = 0;
            PfocrLayout.RowCount(ref reader, ref figures);
            var offsets = new int[figures * PfocrLayout.SegmentKinds];
            for (var i = 0; i < offsets.Length; i++)
            {
                PfocrLayout.SegmentOffset(ref reader, ref offsets[i]);
            }

            var bodyStart = reader.Position;
            for (var slot = PfocrLayout.GeneSegment; slot < offsets.Length; slot += PfocrLayout.SegmentKinds)
            {
                if (offsets[slot] == PfocrLayout.NoSegment)
                {
                    continue;
                }

                var genes = new DataReader(text, bodyStart + offsets[slot]);
                var mentions = 0;
                var withMatches = 0;
                PfocrLayout.MentionHeader(ref genes, ref mentions, ref withMatches);
                for (var m = 0; m < mentions; m++)
                {
                    // The match is not needed: set, so the reader skips its text.
                    var row = new PfocrLayout.GeneMentionRow { Match = string.Empty };
                    PfocrLayout.GeneMention(ref genes, ref row, withMatches != 0);
                    if (Parsing.GeneSources.Classify(row.Source) == Model.GeneSourceKinds.Synonym)
                    {
                        yield return (row.Word, row.EntrezId);
                    }
                }
            }
        }
    }

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
    private static (IReadOnlyList<string> Ids, IReadOnlyList<(string Alias, int Figure)> Aliases) ReadFigures(string text)
    {
        if (text.Length == 0)
        {
            return (Array.Empty<string>(), Array.Empty<(string, int)>());
        }

        var reader = new DataReader(text, 0);
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var ids = new string[count];
        for (var i = 0; i < ids.Length; i++)
        {
            var row = default(PfocrLayout.FigureIndexRow);
            PfocrLayout.FigureIndex(ref reader, ref row);
            ids[i] = row.Id;
        }

        PfocrLayout.RowCount(ref reader, ref count);
        var aliases = new (string Alias, int Figure)[count];
        for (var a = 0; a < aliases.Length; a++)
        {
            var row = default(PfocrLayout.FigureAliasRow);
            PfocrLayout.FigureAlias(ref reader, ref row);
            aliases[a] = (row.Alias, row.Figure);
        }

        return (ids, aliases);
    }

    // Papers: a count, then the rows of PfocrLayout.Paper.
    private static IReadOnlyList<string> ReadPmcids(string text)
    {
        var reader = new DataReader(text, 0);
        var count = 0;
        PfocrLayout.RowCount(ref reader, ref count);
        var pmcids = new string[count];
        for (var p = 0; p < pmcids.Length; p++)
        {
            var row = default(PfocrLayout.PaperRow);
            PfocrLayout.Paper(ref reader, ref row);
            pmcids[p] = row.Pmcid;
        }

        return pmcids;
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
            // The name is not needed: set, so the reader skips it.
            var row = new PfocrLayout.EntityRow { Name = string.Empty };
            PfocrLayout.Entity(ref reader, ref row);
            entities[e] = new CatalogEntity(row.Key, row.MeshId, row.OtherId);
        }

        return entities;
    }
}
