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
            // Figures by id directly (not by index into Figures): the hot path of Figures.ById is one lookup.
            public readonly Dictionary<string, Figure> ById;
            public readonly IReadOnlyList<Figure> FigureList;
            // A figure's other names (its record's figid_alias, GMT names); null for a figure without any.
            public readonly string[]/*?*/[] Aliases;

            public FigureTable()
            {
                var reader = new DataReader(Index, 0);
                var figureCount = reader.ReadInt();
                FigureShard = new int[figureCount];
                FigureSlot = new int[figureCount];
                Figures = new Figure[figureCount];
                ById = new Dictionary<string, Figure>(figureCount, StringComparer.Ordinal);
                for (var i = 0; i < figureCount; i++)
                {
                    var id = reader.ReadString();
                    Figures[i] = new Figure(i, id);
                    ById.Add(id, Figures[i]);
                    FigureShard[i] = reader.ReadInt();
                    FigureSlot[i] = reader.ReadInt();
                }

                // Then the aliases: each names one figure, and ById finds the figure by it as by its id.
                Aliases = new string[figureCount][];
                var aliasCount = reader.ReadInt();
                for (var a = 0; a < aliasCount; a++)
                {
                    var alias = reader.ReadString();
                    var figure = reader.ReadInt();
                    var known = Aliases[figure];
                    Array.Resize(ref known, (known?.Length ?? 0) + 1);
                    known[known.Length - 1] = alias;
                    Aliases[figure] = known;
                    if (!ById.ContainsKey(alias))
                    {
                        ById.Add(alias, Figures[figure]);
                    }
                }

                FigureList = Array.AsReadOnly(Figures);
            }
        }
    }
}
