namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    internal static partial class PfocrStatistics
    {
        /// <summary>ln(i!) for i = 0..n, summed with compensation so ln(60000!) keeps ~1e-15 relative accuracy.</summary>
        internal static double[] LogFactorials(int n)
        {
            var table = new double[n + 1];
            double sum = 0, compensation = 0;
            for (var i = 2; i <= n; i++)
            {
                var y = Math.Log(i) - compensation;
                var t = sum + y;
                compensation = (t - sum) - y;
                sum = t;
                table[i] = sum;
            }

            return table;
        }

        /// <summary>
        /// P(X ≥ k), X ~ Hypergeometric(population N, successes K, draws n). One term comes from the log-factorial
        /// table; its neighbours follow by the ratio of consecutive terms, summed away from the mode until they no
        /// longer change the sum. Above the mean the upper tail is summed; at or below it, where P(X ≥ k) is at
        /// least about one half, one minus the lower tail is as accurate and shorter.
        /// </summary>
        internal static double HypergeometricUpperTail(int k, int population, int successes, int draws, double[] logFactorials)
        {
            var upper = Math.Min(successes, draws);
            var least = Math.Max(0, draws - (population - successes));
            if (k > upper)
            {
                return 0;
            }

            if (k <= least)
            {
                return 1;
            }

            var failures = population - successes;
            var logTotal = LogChoose(population, draws, logFactorials);
            if (k > (double)draws * successes / population)
            {
                // Term i+1 / term i = (K - i)(n - i) / ((i + 1)(N - K - n + i + 1)): decreasing above the mode.
                var term = Math.Exp(LogChoose(successes, k, logFactorials) + LogChoose(failures, draws - k, logFactorials) - logTotal);
                var sum = term;
                for (var i = k; i < upper && term > sum * 1e-17; i++)
                {
                    term *= (double)(successes - i) * (draws - i) / ((double)(i + 1) * (failures - draws + i + 1));
                    sum += term;
                }

                return Math.Min(1.0, sum);
            }

            // Term i-1 / term i = i (N - K - n + i) / ((K - i + 1)(n - i + 1)), summed down from k - 1.
            var below = Math.Exp(LogChoose(successes, k - 1, logFactorials) + LogChoose(failures, draws - k + 1, logFactorials) - logTotal);
            var lowerTail = below;
            for (var i = k - 1; i > least && below > lowerTail * 1e-17; i--)
            {
                below *= (double)i * (failures - draws + i) / ((double)(successes - i + 1) * (draws - i + 1));
                lowerTail += below;
            }

            return Math.Max(0.0, Math.Min(1.0, 1.0 - lowerTail));
        }

        /// <summary>
        /// Orders the <paramref name="count"/> tested figures of <paramref name="scratch"/> (listed by figure, each
        /// with its (k, K) pair) by p-value, then figure, into <paramref name="orderedFigures"/> and their pair
        /// numbers into <paramref name="orderedPairs"/> (the result's own columns, so nothing is copied after). Only the distinct pairs are sorted:
        /// each pair's figures then take consecutive places, in the figure order they were listed in, and where
        /// different pairs have the same p-value their places are sorted by figure. Figures are numbered in figure
        /// id ordinal order, so this is the order by p-value, then figure id.
        /// </summary>
        internal static void OrderByPValueThenFigure(QueryScratch scratch, int count, int[] orderedFigures, int[] orderedPairs)
        {
            var pairs = scratch.Pairs;
            pairs.SortByPValue();
            var position = 0;
            for (var i = 0; i < pairs.Count; i++)
            {
                var pair = pairs.ByPValue[i];
                pairs.NextPosition[pair] = position;
                position += pairs.FigureCount[pair];
            }

            for (var i = 0; i < count; i++)
            {
                var pair = scratch.PairOfFigure[i];
                var place = pairs.NextPosition[pair]++;
                orderedFigures[place] = scratch.Figures[i];
                orderedPairs[place] = pair;
            }

            // A run of pairs with one p-value: its places hold each pair's figures in order, merged by sorting.
            var runStart = 0;
            var runPlaces = 0;
            var runPairs = 0;
            for (var i = 0; i <= pairs.Count; i++)
            {
                if (i == pairs.Count || (i > 0 && pairs.SortedPValues[i] != pairs.SortedPValues[i - 1]))
                {
                    if (runPairs > 1)
                    {
                        Array.Sort(orderedFigures, orderedPairs, runStart, runPlaces);
                    }

                    runStart += runPlaces;
                    runPlaces = 0;
                    runPairs = 0;
                }

                if (i < pairs.Count)
                {
                    runPlaces += pairs.FigureCount[pairs.ByPValue[i]];
                    runPairs++;
                }
            }
        }

        /// <summary>The ids as an array, read once (a sequence may not be readable twice); an array is taken as it is.</summary>
        internal static int[] ToArray(IEnumerable<int> ids, string parameterName)
        {
            if (ids is null) throw new ArgumentNullException(parameterName);
            var array = ids as int[];
            return array ?? new List<int>(ids).ToArray();
        }

        /// <summary>The genes of <paramref name="figure"/> that are in <paramref name="entrezIds"/>, in the figure's gene order.</summary>
        internal static IReadOnlyList<Gene> GenesIn(Figure figure, HashSet<int> entrezIds)
        {
            var genes = new List<Gene>();
            foreach (var gene in figure.Genes)
            {
                if (entrezIds.Contains(gene.EntrezId))
                {
                    genes.Add(gene);
                }
            }

            return genes.AsReadOnly();
        }

        /// <summary>Every figure's genes and every gene's figures as index arrays, built on first use.</summary>
        internal static GeneSetIndex GeneSets => GeneSetIndexHolder.Value;

        internal static string GmtField(string text) =>
            text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

        private static double LogChoose(int n, int r, double[] logFactorials) =>
            logFactorials[n] - logFactorials[r] - logFactorials[n - r];
    }
}
