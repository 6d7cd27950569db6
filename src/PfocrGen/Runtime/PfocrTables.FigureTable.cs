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

                FigureList = Array.AsReadOnly(Figures);
            }
        }
    }
}
