namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// The Benjamini–Hochberg q-value of each (k, K) pair of <paramref name="pairs"/> (sorted by p-value, their
        /// <paramref name="resultCount"/> figures placed in that order) over <paramref name="testedCount"/> tests.
        /// The step-up q of rank r is min over ranks j ≥ r of p_j m / j (capped at 1); the ranks that share one
        /// p-value (one pair's figures, or a run of pairs with equal p) therefore share one q, the one of the run's
        /// last rank, since p m / j only falls as j grows. So q is one number per run, set on its pairs, and the
        /// walk is over the few hundred pairs instead of the thousands of results, with the same arithmetic as a
        /// walk over every rank.
        /// </summary>
        internal static double[] AdjustedPValuesOfPairs(PairTable pairs, int resultCount, int testedCount)
        {
            var adjusted = new double[pairs.Count];
            var running = 1.0;
            var lastRank = resultCount;
            var i = pairs.Count - 1;
            while (i >= 0)
            {
                var pValue = pairs.SortedPValues[i];
                running = Math.Min(running, pValue * testedCount / lastRank);
                var q = Math.Min(1.0, running);
                for (; i >= 0 && pairs.SortedPValues[i] == pValue; i--)
                {
                    var pair = pairs.ByPValue[i];
                    adjusted[pair] = q;
                    lastRank -= pairs.FigureCount[pair];
                }
            }

            return adjusted;
        }
    }
}
