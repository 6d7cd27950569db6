namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private const int MetaSegment = PfocrLayout.MetaSegment;
        private const int GeneSegment = PfocrLayout.GeneSegment;
        private const int ChemicalSegment = PfocrLayout.ChemicalSegment;
        private const int DiseaseSegment = PfocrLayout.DiseaseSegment;
        private const int SegmentKinds = PfocrLayout.SegmentKinds;

        private static ShardLayout/*?*/[]/*?*/ s_layouts;

        private static bool Has(int figure, int kind) => Layout(F.FigureShard[figure]).Offsets[(F.FigureSlot[figure] * SegmentKinds) + kind] != PfocrLayout.NoSegment;

        private static DataReader Open(int figure, int kind)
        {
            var shard = F.FigureShard[figure];
            var layout = Layout(shard);
            return new DataReader(Shard(shard), layout.BodyStart + layout.Offsets[(F.FigureSlot[figure] * SegmentKinds) + kind]);
        }

        // A shard starts with its own table of segment offsets, read on the first use of any of its figures.
        private static ShardLayout Layout(int shard)
        {
            var layouts = s_layouts ?? (s_layouts = new ShardLayout/*?*/[ShardCount]);
            return layouts[shard] ?? (layouts[shard] = new ShardLayout(Shard(shard)));
        }

        private sealed class ShardLayout
        {
            public readonly int[] Offsets;
            public readonly int BodyStart;

            public ShardLayout(string data)
            {
                var reader = new DataReader(data, 0);
                var figures = 0;
                PfocrLayout.RowCount(ref reader, ref figures);
                Offsets = new int[figures * SegmentKinds];
                for (var i = 0; i < Offsets.Length; i++)
                {
                    PfocrLayout.SegmentOffset(ref reader, ref Offsets[i]);
                }

                BodyStart = reader.Position;
            }
        }
    }
}
