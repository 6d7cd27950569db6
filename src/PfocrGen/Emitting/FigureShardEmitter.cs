using Pfocr;
using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.Emitting;

/// <summary>
/// Writes <c>PfocrGen.Shard{n}.g.cs</c>: one packed constant with the data of the shard's figures, and their
/// typed members. The constant starts with the shard's own table of segment offsets, so a figure whose data
/// grows or shrinks moves offsets in its shard only, never in the index.
/// </summary>
internal static class FigureShardEmitter
{
    public static string HintName(int shard) => $"PfocrGen.Shard{Int(shard)}.g.cs";

    public static string Emit(FigureShardSpec spec)
    {
        var data = Data(spec);
        var writer = Start(spec.Settings, (data.ByteLength / 2) + (spec.Figures.Count * 1024) + 1024, membersOnly: true);
        writer.Open("internal static partial class PfocrTables");
        writer.PackedConstant(RuntimeContract.ShardConstant(Int(spec.Shard)), new System.ReadOnlySpan<byte>(data.Buffer, 0, data.ByteLength));
        writer.Close();
        writer.Line();
        // Modifiers and base class are declared once, in the runtime (Figures, Genes) or the index (their bases).
        writer.Open($"partial class {spec.MemberType}");
        var first = true;
        foreach (var figure in spec.Figures)
        {
            if (figure.Member.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Lines(SegmentEncoder.DocOf(figure.Encoded));
            writer.Line($"public static global::{spec.Settings.Namespace}.Figure {IdentifierNaming.Escape(figure.Member)} => PfocrTables.FigureSlots[{Int(figure.Index)}];");
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    // Layout: figure count, then per figure and segment kind (meta, genes, chemicals, diseases) the segment's
    // offset from the end of this table plus one (0: no such segment), then the segments.
    private static DataStreamWriter Data(FigureShardSpec spec)
    {
        var size = 0;
        foreach (var figure in spec.Figures)
        {
            for (var kind = 0; kind < PfocrLayout.SegmentKinds; kind++)
            {
                size += Segment(figure, kind)?.ByteLength ?? 0;
            }
        }

        var writer = new DataStreamWriter(size + (spec.Figures.Count * PfocrLayout.SegmentKinds * 4) + 16);
        var count = spec.Figures.Count;
        PfocrLayout.RowCount(ref writer, ref count);
        var offset = 0;
        foreach (var figure in spec.Figures)
        {
            for (var kind = 0; kind < PfocrLayout.SegmentKinds; kind++)
            {
                var segment = Segment(figure, kind);
                var entry = segment is null ? PfocrLayout.NoSegment : offset;
                PfocrLayout.SegmentOffset(ref writer, ref entry);
                offset += segment?.ByteLength ?? 0;
            }
        }

        foreach (var figure in spec.Figures)
        {
            for (var kind = 0; kind < PfocrLayout.SegmentKinds; kind++)
            {
                if (Segment(figure, kind) is { } segment)
                {
                    writer.WriteEncoded(segment.Bytes);
                }
            }
        }

        return writer;
    }

    private static EncodedSegment? Segment(ShardFigure figure, int kind) => kind switch
    {
        PfocrLayout.MetaSegment => figure.Encoded.Meta,
        PfocrLayout.GeneSegment => figure.Genes,
        PfocrLayout.ChemicalSegment => figure.Chemicals,
        PfocrLayout.DiseaseSegment => figure.Diseases,
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind)),
    };
}
