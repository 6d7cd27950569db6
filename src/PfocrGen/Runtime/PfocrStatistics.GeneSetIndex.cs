namespace Pfocr
{
    static partial class PfocrStatistics
    {
        /// <summary>
        /// Every figure's genes and every gene's figures as index arrays, so an enrichment query visits only the
        /// figures that share a gene with it. Built once, on the first enrichment.
        /// </summary>
        internal sealed class GeneSetIndex
        {
            /// <summary>Per figure (by index), its distinct genes' indexes.</summary>
            public readonly int[][] FigureGenes;

            /// <summary>Per gene (by index), the indexes of the figures that have it, ascending.</summary>
            public readonly int[][] GeneFigures;

            public GeneSetIndex()
            {
                var figures = Figures.All;
                var counts = new int[Genes.All.Count];
                FigureGenes = new int[figures.Count][];
                for (var f = 0; f < FigureGenes.Length; f++)
                {
                    var genes = figures[f].Genes;
                    var indexes = new int[genes.Count];
                    for (var g = 0; g < indexes.Length; g++)
                    {
                        indexes[g] = genes[g].Index;
                        counts[indexes[g]]++;
                    }

                    FigureGenes[f] = indexes;
                }

                GeneFigures = new int[counts.Length][];
                for (var g = 0; g < counts.Length; g++)
                {
                    GeneFigures[g] = new int[counts[g]];
                    counts[g] = 0;
                }

                for (var f = 0; f < FigureGenes.Length; f++)
                {
                    foreach (var gene in FigureGenes[f])
                    {
                        GeneFigures[gene][counts[gene]++] = f;
                    }
                }
            }
        }

        private static class GeneSetIndexHolder
        {
            internal static readonly GeneSetIndex Value = new GeneSetIndex();
        }
    }
}
