using System.Collections.Generic;
using System.Globalization;
using PfocrGen.Building;
using PfocrGen.Model;

namespace PfocrGen.Emitting;

/// <summary>
/// Writes the data-dependent sources: one index file (the lookup tables, paper and gene members) and one file
/// per shard (its figures' data literal and typed members). Figures are spread over shards by a stable hash of
/// their id, so an edited record changes its own shard and the index, not every file.
/// </summary>
internal static class DatasetEmitter
{
    private const int FiguresPerShard = 1024;
    private const int MaxShards = 64;

    public static IEnumerable<(string HintName, string Source)> Emit(Dataset dataset, GeneratorOptions options)
    {
        var shardCount = ShardCount(dataset.Figures.Count);
        var shards = new DataStreamWriter[shardCount];
        var members = new SourceWriter[shardCount];
        for (var s = 0; s < shardCount; s++)
        {
            shards[s] = new DataStreamWriter(64 * 1024);
            members[s] = new SourceWriter(64 * 1024);
        }

        var index = new DataStreamWriter(dataset.Figures.Count * 16);
        index.WriteInt(dataset.Figures.Count);
        for (var i = 0; i < dataset.Figures.Count; i++)
        {
            var figure = dataset.Figures[i];
            var shard = (int)(IdentifierNaming.StableHash(figure.Record.Id) & (uint)(shardCount - 1));

            // Ids live in the index so that the first lookup reads the index alone, not every shard.
            index.WriteString(figure.Record.Id);
            WriteSegment(index, shards[shard], shard, figure.Encoded.Meta);
            WriteSegment(index, shards[shard], shard, figure.Genes);
            WriteSegment(index, shards[shard], shard, figure.Chemicals);
            WriteSegment(index, shards[shard], shard, figure.Diseases);
            if (figure.Member.Length > 0)
            {
                members[shard]
                    .Lines(figure.Encoded.Doc)
                    .Line($"public static global::{options.Namespace}.Figure {IdentifierNaming.Escape(figure.Member)} => PfocrTables.Figure({Int(i)});")
                    .Line();
            }
        }

        yield return ("PfocrGen.Index.g.cs", IndexSource(dataset, options, index, shardCount));
        for (var s = 0; s < shardCount; s++)
        {
            yield return ($"PfocrGen.Shard{Int(s)}.g.cs", ShardSource(options, s, shards[s], members[s]));
        }
    }

    internal static int ShardCount(int figures)
    {
        var count = 1;
        while (count < MaxShards && count * FiguresPerShard < figures)
        {
            count *= 2;
        }

        return count;
    }

    private static void WriteSegment(DataStreamWriter index, DataStreamWriter shard, int shardNumber, EncodedSegment? segment)
    {
        if (segment is null)
        {
            index.WriteInt(0);
            return;
        }

        index.WriteInt(shardNumber + 1);
        index.WriteInt(shard.ByteLength);
        shard.WriteEncoded(segment.Bytes);
    }

    // Papers, genes and entities each get their own constant, so the runtime builds each table on its own first use.
    private static DataStreamWriter PaperTable(Dataset dataset)
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

        return writer;
    }

    private static DataStreamWriter GeneTable(Dataset dataset)
    {
        var writer = new DataStreamWriter(dataset.Genes.Count * 32);
        writer.WriteInt(dataset.Genes.Count);
        foreach (var gene in dataset.Genes)
        {
            writer.WriteInt(gene.EntrezId);
            writer.WriteInt(gene.TaxonomyId);
            writer.WriteString(gene.Symbol);
            writer.WriteString(gene.Organism);
        }

        return writer;
    }

    private static DataStreamWriter EntityTable(Dataset dataset)
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

        return writer;
    }

    private static string IndexSource(Dataset dataset, GeneratorOptions options, DataStreamWriter index, int shardCount)
    {
        var visibility = options.Public ? "public" : "internal";
        var writer = Header(options);
        writer.Open("internal static partial class PfocrTables");
        var tables = new (string Name, DataStreamWriter Data)[]
        {
            ("Index", index), ("PaperData", PaperTable(dataset)), ("GeneData", GeneTable(dataset)), ("EntityData", EntityTable(dataset)),
        };
        for (var t = 0; t < tables.Length; t++)
        {
            var (name, data) = tables[t];
            writer.Indent().Raw($"private const string {name}Text = \"").Raw(PackedLiteral.Write(data.Buffer, data.ByteLength)).Raw("\";\n");
            writer.Line();
            writer.Line($"private static global::System.ReadOnlySpan<byte> {name} => Unpack({Int(t)}, nameof({name}Text));");
            writer.Line();
        }

        writer.Line($"private static readonly string?[] s_packed = new string?[{Int(shardCount + tables.Length)}];");
        writer.Line();
        writer.Line($"private static global::System.ReadOnlySpan<byte> Shard(int shard) => Unpack(shard + {Int(tables.Length)}, shard switch");
        writer.Line("{");
        for (var s = 0; s < shardCount; s++)
        {
            writer.Line($"    {Int(s)} => nameof(Shard{Int(s)}Data),");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(shard)),");
        writer.Line("});");
        writer.Close();
        writer.Line();

        if (options.FigureMembers && !DatasetBuilder.FigureMembers(dataset, options))
        {
            writer.Line($"// {Int(dataset.Papers.Count)} papers and {Int(dataset.Figures.Count)} figures are more members than one CLR type may hold");
            writer.Line($"// ({Int(DatasetBuilder.MaxMembersPerType)} here), so per-figure members are left out: use the paper members or Figures.ById.");
        }

        writer.Open($"{visibility} static partial class Figures");
        for (var p = 0; p < dataset.Papers.Count; p++)
        {
            var paper = dataset.Papers[p];
            var first = dataset.Figures[paper.Figures[0]].Record;
            var title = first.PaperTitle.Length > 0 ? first.PaperTitle : "Paper " + paper.Pmcid;
            writer.Line($"/// <summary>{DocText.Escape(title)}</summary>");
            writer.Line("/// <remarks>");
            if (first.Reference.Length > 0)
            {
                writer.Line($"/// <para>{DocText.Escape(first.Reference)}</para>");
            }

            writer.Line($"/// <para><c>{DocText.Escape(paper.Pmcid)}</c>, {Plural(paper.Figures.Count, "figure")}:</para>");
            writer.Line("/// <list type=\"bullet\">");
            foreach (var figureIndex in paper.Figures)
            {
                var figure = dataset.Figures[figureIndex].Record;
                writer.Line($"/// <item><c>{DocText.Escape(figure.Id)}</c>: {DocText.Escape(figure.Title)}</item>");
            }

            writer.Line("/// </list>");
            writer.Line("/// </remarks>");
            writer.Line($"public static global::{options.Namespace}.Paper {IdentifierNaming.Escape(paper.Member)} => PfocrTables.Paper({Int(p)});");
            writer.Line();
        }

        writer.Close();
        writer.Line();

        writer.Open($"{visibility} static partial class Genes");
        for (var g = 0; g < dataset.Genes.Count; g++)
        {
            var gene = dataset.Genes[g];
            if (gene.Member.Length == 0)
            {
                // Known only by id (from a GMT file): reachable through Genes.ByEntrez, no typed member.
                continue;
            }

            var organism = gene.Organism.Length > 0 ? " (" + DocText.Escape(gene.Organism) + ")" : string.Empty;
            writer.Line($"/// <summary>{DocText.Escape(gene.Symbol)}: NCBI Gene {Int(gene.EntrezId)}{organism}, in {Plural(gene.FigureCount, "figure")}.</summary>");
            writer.Line($"public static global::{options.Namespace}.Gene {IdentifierNaming.Escape(gene.Member)} => PfocrTables.Gene({Int(g)});");
            writer.Line();
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string ShardSource(GeneratorOptions options, int shard, DataStreamWriter data, SourceWriter members)
    {
        var visibility = options.Public ? "public" : "internal";
        var writer = Header(options);
        writer.Open("internal static partial class PfocrTables");
        writer.Indent().Raw($"private const string Shard{Int(shard)}Data = \"").Raw(PackedLiteral.Write(data.Buffer, data.ByteLength)).Raw("\";\n");
        writer.Close();
        writer.Line();
        writer.Open($"{visibility} static partial class Figures");
        foreach (var line in members.ToString().TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>A writer positioned inside the namespace of a data-dependent generated file, header written.</summary>
    internal static SourceWriter Header(GeneratorOptions options)
    {
        var writer = new SourceWriter();
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by PfocrGen from the project's PFOCR records. Do not edit; change the records instead.");
        writer.Line("#nullable enable");
        writer.Line();
        writer.Open($"namespace {options.Namespace}");
        return writer;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => Int(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
