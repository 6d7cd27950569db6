namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private static Figure[][]? s_geneFigures;
        private static Figure[][]? s_chemicalFigures;
        private static Figure[][]? s_diseaseFigures;

        internal static IReadOnlyList<Figure> FiguresOfGene(int gene) =>
            Array.AsReadOnly((s_geneFigures ??= Invert(G.Genes.Length, static f => f.Genes, static g => g.Index))[gene]);

        internal static IReadOnlyList<Figure> FiguresOfChemical(int chemical) =>
            Array.AsReadOnly((s_chemicalFigures ??= Invert(E.Chemicals.Length, static f => f.Chemicals, static c => c.Index))[chemical]);

        internal static IReadOnlyList<Figure> FiguresOfDisease(int disease) =>
            Array.AsReadOnly((s_diseaseFigures ??= Invert(E.Diseases.Length, static f => f.Diseases, static d => d.Index))[disease]);

        // Reverse index, built once on first use: figures are visited in figid order, so each list is ordered.
        private static Figure[][] Invert<T>(int count, Func<Figure, IReadOnlyList<T>> items, Func<T, int> indexOf)
        {
            var lists = new List<Figure>?[count];
            foreach (var figure in F.Figures)
            {
                foreach (var item in items(figure))
                {
                    (lists[indexOf(item)] ??= new List<Figure>()).Add(figure);
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
