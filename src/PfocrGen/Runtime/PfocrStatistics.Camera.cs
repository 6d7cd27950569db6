namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// limma's <c>cameraPR</c> over every figure (Wu and Smyth 2012), from a prepared statistic: per tested
        /// figure a two-sided p-value and a direction, then Benjamini–Hochberg over the tested figures, ordered by
        /// p-value, then figure id. A figure is tested when it has at least one gene with a statistic, at least one
        /// gene with a statistic is outside it, and its set size is within the options' bounds. The working arrays
        /// are the calling thread's and are reused; a call allocates its results.
        /// </summary>
        internal static IReadOnlyList<CameraResult> Camera(CameraStatistic statistic, CameraOptions/*?*/ options, string optionsName)
        {
            var useRanks = options != null && options.UseRanks;
            var correlation = options == null ? CameraOptions.DefaultInterGeneCorrelation : options.InterGeneCorrelation;
            var minSetSize = Math.Max(1, options == null ? EnrichmentOptions.DefaultMinSetSize : options.MinSetSize);
            var maxSetSize = Math.Min(statistic.Count - 1, options == null ? EnrichmentOptions.DefaultMaxSetSize : options.MaxSetSize);
            if (!(Math.Abs(correlation) < 1))
            {
                throw new ArgumentException("InterGeneCorrelation must be a number strictly between -1 and 1 (limma's default is 0.01).", optionsName);
            }

            var scratch = CameraScratch.Of(statistic.SetSizes.Length);
            var count = useRanks
                ? RankTests(statistic, correlation, minSetSize, maxSetSize, scratch)
                : ParametricTests(statistic, correlation, minSetSize, maxSetSize, scratch);
            return scratch.Results(count, statistic.SetSizes);
        }

        // The two-sample t of the set's mean against the other genes', its variance inflated by the correlation:
        // 1 + (m − 1)ρ for the set's mean, pooled over G − 2 degrees of freedom.
        private static int ParametricTests(CameraStatistic statistic, double correlation, int minSetSize, int maxSetSize, CameraScratch scratch)
        {
            double genes = statistic.Count;
            var degreesOfFreedom = genes - 2;
            var totalSquares = (genes - 1) * statistic.Variance;
            var logGammaHalfStep = LogGammaHalfStep(degreesOfFreedom / 2);
            var count = 0;
            for (var figure = 0; figure < statistic.SetSizes.Length; figure++)
            {
                double size = statistic.SetSizes[figure];
                if (size < minSetSize || size > maxSetSize)
                {
                    continue;
                }

                var others = genes - size;
                var delta = genes / others * (statistic.Means[figure] - statistic.Mean);

                // Within-group sum of squares = total − between; zero or (by rounding) below it only when both groups are constant.
                var pooled = Math.Max(0, (totalSquares - (delta * delta * size * others / genes)) / degreesOfFreedom);
                var spread = ((1 + ((size - 1) * correlation)) / size) + (1 / others);
                if (!(spread > 0))
                {
                    // A negative correlation this large for this set size leaves no variance: limma's NaN, not tested.
                    continue;
                }

                var t = delta / Math.Sqrt(pooled * spread);
                scratch.Add(count++, figure, double.IsNaN(t) ? 1 : StudentTwoSidedTail(t, degreesOfFreedom, logGammaHalfStep, out _), t < 0);
            }

            return count;
        }

        // The Wilcoxon rank-sum U of the set against the other genes, its variance for correlated genes (limma's
        // rankSumTestWithCorrelation: arcsine terms of ρ, or n₁n₂(G + 1)/12 when ρ = 0 or the set has one gene),
        // corrected for ties, with a continuity correction of 1/2 each way and normal tails.
        private static int RankTests(CameraStatistic statistic, double correlation, int minSetSize, int maxSetSize, CameraScratch scratch)
        {
            var ranking = statistic.Ranking;
            double genes = statistic.Count;
            var count = 0;
            for (var figure = 0; figure < statistic.SetSizes.Length; figure++)
            {
                double inSet = statistic.SetSizes[figure];
                if (inSet < minSetSize || inSet > maxSetSize)
                {
                    continue;
                }

                var others = genes - inSet;
                var u = (inSet * others) + (inSet * (inSet + 1) / 2) - ranking.RankSums[figure];
                var mean = inSet * others / 2;
                double variance;
                if (correlation == 0 || inSet == 1)
                {
                    variance = inSet * others * (genes + 1) / 12;
                }
                else
                {
                    variance = (Math.Asin(1) * inSet * others)
                        + (Math.Asin(0.5) * inSet * others * (others - 1))
                        + (Math.Asin(correlation / 2) * inSet * (inSet - 1) * others * (others - 1))
                        + (Math.Asin((correlation + 1) / 2) * inSet * (inSet - 1) * others);
                    variance = variance / 2 / Math.PI;
                }

                variance *= 1 - ranking.TieCorrection;
                if (!(variance > 0))
                {
                    continue;
                }

                var deviation = Math.Sqrt(variance);
                var down = NormalUpperTail((u - 0.5 - mean) / deviation);
                var up = NormalUpperTail(-(u + 0.5 - mean) / deviation);
                scratch.Add(count++, figure, 2 * Math.Min(down, up), down < up);
            }

            return count;
        }
    }
}
