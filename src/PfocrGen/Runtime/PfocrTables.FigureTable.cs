namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private sealed class FigureTable
        {
            public readonly int[] FigureShard;
            public readonly int[] FigureSlot;
            public readonly Figure[] Figures;
            // Figures by id or alias directly (not by index into Figures): the hot path of Figures.ById is one lookup.
            public readonly IdIndex<Figure> ById;
            public readonly IReadOnlyList<Figure> FigureList;
            // A figure's other names (its record's figid_alias, GMT names); null for a figure without any.
            public readonly string[]/*?*/[] Aliases;

            public FigureTable()
            {
                var reader = new DataReader(Index, 0);
                var figureCount = 0;
                PfocrLayout.RowCount(ref reader, ref figureCount);
                FigureShard = new int[figureCount];
                FigureSlot = new int[figureCount];
                Figures = new Figure[figureCount];
                ById = new IdIndex<Figure>(figureCount);
                for (var i = 0; i < figureCount; i++)
                {
                    var row = default(PfocrLayout.FigureIndexRow);
                    PfocrLayout.FigureIndex(ref reader, ref row);
                    Figures[i] = new Figure(i, row.Id);
                    ById.TryAdd(row.Id, Figures[i]);
                    FigureShard[i] = row.Shard;
                    FigureSlot[i] = row.Slot;
                }

                // Then the aliases: each names one figure, and ById finds the figure by it as by its id.
                Aliases = new string[figureCount][];
                var aliasCount = 0;
                PfocrLayout.RowCount(ref reader, ref aliasCount);
                for (var a = 0; a < aliasCount; a++)
                {
                    var row = default(PfocrLayout.FigureAliasRow);
                    PfocrLayout.FigureAlias(ref reader, ref row);
                    var alias = row.Alias;
                    var figure = row.Figure;
                    var known = Aliases[figure];
                    Array.Resize(ref known, (known?.Length ?? 0) + 1);
                    known[known.Length - 1] = alias;
                    Aliases[figure] = known;
                    // An alias that is also another figure's id, or an earlier alias, keeps its first figure.
                    ById.TryAdd(alias, Figures[figure]);
                }

                FigureList = Array.AsReadOnly(Figures);
            }
        }
    }
}
