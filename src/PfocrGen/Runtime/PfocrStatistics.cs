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
        /// Orders the first <paramref name="count"/> p-values and their figures by p-value, then figure: a sort of
        /// primitive keys, then each run of equal p-values (figures with the same k and K) by figure. Figures are
        /// numbered in figure id ordinal order, so this is the order by p-value, then figure id.
        /// </summary>
        internal static void SortByPValueThenFigure(double[] pValues, int[] figures, int count)
        {
            Array.Sort(pValues, figures, 0, count);
            var start = 0;
            for (var i = 1; i <= count; i++)
            {
                if (i == count || pValues[i] != pValues[start])
                {
                    if (i - start > 1)
                    {
                        Array.Sort(figures, start, i - start);
                    }

                    start = i;
                }
            }
        }

        /// <summary>
        /// Sets the Benjamini-Hochberg q-values of <paramref name="results"/>, ordered by p-value, as ranks 1..r of
        /// <paramref name="tested"/> tests. The tests not listed had k = 0, so p = 1: they rank after every p below
        /// 1, and the q-value of a p of 1 is 1 at any rank, so the step-up over all tests gives these r results
        /// exactly these q-values.
        /// </summary>
        internal static void AdjustBenjaminiHochberg(EnrichmentResult[] results, int tested)
        {
            var running = 1.0;
            for (var rank = results.Length; rank >= 1; rank--)
            {
                var result = results[rank - 1];
                running = Math.Min(running, result.PValue * tested / rank);
                result.AdjustedPValue = Math.Min(1.0, running);
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
