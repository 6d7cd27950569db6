namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    internal static class PfocrStatistics
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

        /// <summary>P(X ≥ k), X ~ Hypergeometric(population N, successes K, draws n), summed in log space.</summary>
        internal static double HypergeometricUpperTail(int k, int population, int successes, int draws, double[] logFactorials)
        {
            var upper = Math.Min(successes, draws);
            var lower = Math.Max(k, Math.Max(0, draws - (population - successes)));
            if (lower > upper)
            {
                return 0;
            }

            if (k <= Math.Max(0, draws - (population - successes)))
            {
                return 1;
            }

            var logTotal = LogChoose(population, draws, logFactorials);
            var max = double.NegativeInfinity;
            var terms = new double[upper - lower + 1];
            for (var i = lower; i <= upper; i++)
            {
                var term = LogChoose(successes, i, logFactorials) + LogChoose(population - successes, draws - i, logFactorials) - logTotal;
                terms[i - lower] = term;
                max = Math.Max(max, term);
            }

            double sum = 0;
            foreach (var term in terms)
            {
                sum += Math.Exp(term - max);
            }

            return Math.Min(1.0, Math.Exp(max + Math.Log(sum)));
        }

        /// <summary>Benjamini–Hochberg step-up adjustment over all tested sets: monotone, capped at 1.</summary>
        internal static void AdjustBenjaminiHochberg(List<EnrichmentResult> tested)
        {
            var m = tested.Count;
            var order = tested.ToArray();
            Array.Sort(order, (a, b) =>
            {
                var byP = a.PValue.CompareTo(b.PValue);
                return byP != 0 ? byP : string.CompareOrdinal(a.Figure.Id, b.Figure.Id);
            });

            var running = 1.0;
            for (var rank = m; rank >= 1; rank--)
            {
                var result = order[rank - 1];
                running = Math.Min(running, result.PValue * m / rank);
                result.AdjustedPValue = Math.Min(1.0, running);
            }
        }

        internal static string GmtField(string text) =>
            text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

        private static double LogChoose(int n, int r, double[] logFactorials) =>
            logFactorials[n] - logFactorials[r] - logFactorials[n - r];
    }
}
