namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private static Figure[][]/*?*/ s_geneFigures;
        private static Figure[][]/*?*/ s_chemicalFigures;
        private static Figure[][]/*?*/ s_diseaseFigures;

        internal static IReadOnlyList<Figure> FiguresOfGene(int gene) =>
            Array.AsReadOnly((s_geneFigures ?? (s_geneFigures = Invert(G.Genes.Length, f => f.Genes, g => g.Index)))[gene]);

        internal static IReadOnlyList<Figure> FiguresOfChemical(int chemical) =>
            Array.AsReadOnly((s_chemicalFigures ?? (s_chemicalFigures = Invert(E.Chemicals.Length, f => f.Chemicals, c => c.Index)))[chemical]);

        internal static IReadOnlyList<Figure> FiguresOfDisease(int disease) =>
            Array.AsReadOnly((s_diseaseFigures ?? (s_diseaseFigures = Invert(E.Diseases.Length, f => f.Diseases, d => d.Index)))[disease]);

        // Reverse index, built once on first use: figures are visited in figid order, so each list is ordered.
        private static Figure[][] Invert<T>(int count, Func<Figure, IReadOnlyList<T>> items, Func<T, int> indexOf)
        {
            var lists = new List<Figure>/*?*/[count];
            foreach (var figure in F.Figures)
            {
                foreach (var item in items(figure))
                {
                    var slot = indexOf(item);
                    (lists[slot] ?? (lists[slot] = new List<Figure>())).Add(figure);
                }
            }

            var result = new Figure[count][];
            for (var i = 0; i < count; i++)
            {
                result[i] = lists[i]?.ToArray() ?? Array.Empty<Figure>();
            }

            return result;
        }
    }
}
