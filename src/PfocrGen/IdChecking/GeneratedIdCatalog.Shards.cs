using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Pfocr;
using PfocrGen.Model;
using PfocrGen.Parsing;
using DataReader = Pfocr.PfocrTables.DataReader;

namespace PfocrGen.IdChecking;

/// <summary>What a figure's shard says it is: the facts of its typed member's doc comment, and how many genes it has.</summary>
/// <param name="Year">0 when the record gives none.</param>
internal sealed record CatalogFigure(string Id, string Pmcid, string Title, string Number, string PaperTitle, int Year, int GeneCount);

/// <summary>
/// The figure shard constants (<c>Shard{n}Data</c>): each starts with a table of where every figure's segments are
/// (<see cref="PfocrLayout.SegmentOffset"/>), then the segments. Unlike the four tables these run to megabytes in
/// all, so nothing here is read with the catalog: a whole pass over them is cached by <see cref="IdCatalogCache"/>,
/// and a single figure is read from its own shard only.
/// </summary>
internal sealed partial class GeneratedIdCatalog
{
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
            if (ShardText(tables, shard) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts.ToArray();
    }

    /// <summary>The constant of one figure shard, or null when <paramref name="tables"/> has no such shard.</summary>
    public static string? ShardText(INamedTypeSymbol tables, int shard) =>
        Constant(tables, "Shard" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Data");

    /// <summary>
    /// Gene mentions whose PFOCR match source is a synonym (alias or previous symbol): the OCR word and the gene's
    /// Entrez id, read from the figure shards (<see cref="ShardTexts"/>), so costly: every figure's gene rows.
    /// </summary>
    public static IEnumerable<(string Word, int EntrezId)> SynonymMentions(IReadOnlyList<string> shardTexts)
    {
        foreach (var (_, row) in GeneMentions(shardTexts, withWords: true))
        {
            if (GeneSources.Classify(row.Source) == GeneSourceKinds.Synonym)
            {
                yield return (row.Word, row.EntrezId);
            }
        }
    }

    /// <summary>
    /// In how many figures each gene, chemical and disease is, as <c>Gene.Figures.Count</c> (and the gene members'
    /// doc comments) count them: a figure that mentions one several times counts once. Costly like
    /// <see cref="SynonymMentions"/>: every figure's mention rows.
    /// </summary>
    public static FigureCounts CountFigures(IReadOnlyList<string> shardTexts)
    {
        var genes = PerFigure(GeneEntrezIds(shardTexts), EqualityComparer<int>.Default);
        var chemicals = PerFigure(EntityKeys(shardTexts, PfocrLayout.ChemicalSegment), System.StringComparer.OrdinalIgnoreCase);
        var diseases = PerFigure(EntityKeys(shardTexts, PfocrLayout.DiseaseSegment), System.StringComparer.OrdinalIgnoreCase);
        return new FigureCounts(genes, chemicals, diseases);
    }

    /// <summary>
    /// The figure in <paramref name="slot"/> of the shard <paramref name="shardText"/> (a place of
    /// <see cref="FigurePlaces"/>), or null when the shard has no such slot. Reads that shard's offset table and the
    /// figure's own segments, nothing else.
    /// </summary>
    public static CatalogFigure? ReadFigure(string shardText, int slot)
    {
        var (offsets, bodyStart) = SegmentTable(shardText);
        var first = slot * PfocrLayout.SegmentKinds;
        if (slot < 0 || first + PfocrLayout.SegmentKinds > offsets.Length || offsets[first + PfocrLayout.MetaSegment] == PfocrLayout.NoSegment)
        {
            return null;
        }

        // Fields a description does not use are set, so the reader skips their text.
        var meta = new PfocrLayout.FigureMetaRow
        {
            Caption = string.Empty, Link = string.Empty, Reference = string.Empty, Doi = string.Empty, JournalTitle = string.Empty,
            JournalAbbreviation = string.Empty, Publisher = string.Empty, PathwayScore = string.Empty, FigureType = string.Empty,
            ImageFileName = string.Empty, NdexId = string.Empty, WikiPathwaysId = string.Empty,
        };
        var reader = new DataReader(shardText, bodyStart + offsets[first + PfocrLayout.MetaSegment]);
        PfocrLayout.FigureMeta(ref reader, ref meta);

        var genes = new HashSet<int>();
        var geneSegment = offsets[first + PfocrLayout.GeneSegment];
        if (geneSegment != PfocrLayout.NoSegment)
        {
            foreach (var row in GeneRows(shardText, bodyStart + geneSegment, withWords: false))
            {
                genes.Add(row.EntrezId);
            }
        }

        return new CatalogFigure(meta.Id, meta.Pmcid, meta.Title, meta.Number, meta.PaperTitle, meta.Year, genes.Count);
    }

    // A shard's offset table: per figure and segment kind, where the segment starts counted from bodyStart.
    private static (int[] Offsets, int BodyStart) SegmentTable(string shardText)
    {
        var reader = new DataReader(shardText, 0);
        var figures = 0;
        PfocrLayout.RowCount(ref reader, ref figures);
        var offsets = new int[figures * PfocrLayout.SegmentKinds];
        for (var i = 0; i < offsets.Length; i++)
        {
            PfocrLayout.SegmentOffset(ref reader, ref offsets[i]);
        }

        return (offsets, reader.Position);
    }

    // The start of every segment of one kind in every shard, with a number that tells the figures apart.
    private static IEnumerable<(int Figure, string Text, int Start)> Segments(IReadOnlyList<string> shardTexts, int kind)
    {
        var figure = 0;
        foreach (var text in shardTexts)
        {
            var (offsets, bodyStart) = SegmentTable(text);
            for (var slot = kind; slot < offsets.Length; slot += PfocrLayout.SegmentKinds, figure++)
            {
                if (offsets[slot] != PfocrLayout.NoSegment)
                {
                    yield return (figure, text, bodyStart + offsets[slot]);
                }
            }
        }
    }

    private static IEnumerable<(int Figure, PfocrLayout.GeneMentionRow Row)> GeneMentions(IReadOnlyList<string> shardTexts, bool withWords)
    {
        foreach (var (figure, text, start) in Segments(shardTexts, PfocrLayout.GeneSegment))
        {
            foreach (var row in GeneRows(text, start, withWords))
            {
                yield return (figure, row);
            }
        }
    }

    private static IEnumerable<(int Figure, int EntrezId)> GeneEntrezIds(IReadOnlyList<string> shardTexts)
    {
        foreach (var (figure, row) in GeneMentions(shardTexts, withWords: false))
        {
            yield return (figure, row.EntrezId);
        }
    }

    // The rows of one gene segment; without words, the OCR word and source are skipped, costing no string.
    private static IEnumerable<PfocrLayout.GeneMentionRow> GeneRows(string text, int start, bool withWords)
    {
        var reader = new DataReader(text, start);
        var mentions = 0;
        var withMatches = 0;
        PfocrLayout.MentionHeader(ref reader, ref mentions, ref withMatches);
        for (var m = 0; m < mentions; m++)
        {
            // The match is never needed: set, so the reader skips its text.
            var row = withWords
                ? new PfocrLayout.GeneMentionRow { Match = string.Empty }
                : new PfocrLayout.GeneMentionRow { Word = string.Empty, Source = string.Empty, Match = string.Empty };
            PfocrLayout.GeneMention(ref reader, ref row, withMatches != 0);
            yield return row;
        }
    }

    // The entity keys of every chemical or disease segment; a row without a key names no entity.
    private static IEnumerable<(int Figure, string Key)> EntityKeys(IReadOnlyList<string> shardTexts, int kind)
    {
        foreach (var (figure, text, start) in Segments(shardTexts, kind))
        {
            var reader = new DataReader(text, start);
            var mentions = 0;
            var withMatches = 0;
            PfocrLayout.MentionHeader(ref reader, ref mentions, ref withMatches);
            for (var m = 0; m < mentions; m++)
            {
                var row = new PfocrLayout.EntityMentionRow { Word = string.Empty, Match = string.Empty };
                PfocrLayout.EntityMention(ref reader, ref row, withMatches != 0);
                if (row.Key.Length > 0)
                {
                    yield return (figure, row.Key);
                }
            }
        }
    }

    // How many figures each key is in, counting a figure once however often it lists the key (its rows are together).
    private static Dictionary<TKey, int> PerFigure<TKey>(IEnumerable<(int Figure, TKey Key)> mentions, IEqualityComparer<TKey> comparer)
    {
        var counts = new Dictionary<TKey, int>(comparer);
        var inFigure = new HashSet<TKey>(comparer);
        var current = -1;
        foreach (var (figure, key) in mentions)
        {
            if (figure != current)
            {
                inFigure.Clear();
                current = figure;
            }

            if (inFigure.Add(key))
            {
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }
}
