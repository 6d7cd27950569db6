namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// The ranks of a camera statistic for the rank test: sorted once, ties given their average rank (R's
        /// <c>rank</c>), each figure's sum of ranks read off the compiled gene lists, and the tie correction of the
        /// rank-sum variance, Σ(t³ − t) / (G(G + 1)(G − 1)) over the groups of t tied values.
        /// </summary>
        internal sealed class CameraRanking
        {
            public CameraRanking(double[] values, CameraStatistic statistic)
            {
                var count = values.Length;
                var sorted = (double[])values.Clone();
                var order = new int[count];
                for (var i = 0; i < count; i++)
                {
                    order[i] = i;
                }

                Array.Sort(sorted, order);
                var rankAtPosition = new double[count];
                var ties = 0.0;
                for (var start = 0; start < count;)
                {
                    var end = start + 1;
                    while (end < count && sorted[end] == sorted[start])
                    {
                        end++;
                    }

                    // Positions start..end-1 hold ranks start+1..end: each gets their mean.
                    var rank = (start + 1 + end) / 2.0;
                    for (var i = start; i < end; i++)
                    {
                        rankAtPosition[order[i]] = rank;
                    }

                    double tied = end - start;
                    ties += (tied * tied * tied) - tied;
                    start = end;
                }

                TieCorrection = ties / ((double)count * (count + 1.0) * (count - 1.0));
                RankSums = statistic.SumsPerFigure(rankAtPosition, null, null);
            }

            /// <summary>Per figure: the sum of its genes' ranks (exact: ranks are halves of whole numbers).</summary>
            public double[] RankSums { get; }

            /// <summary>Σ(t³ − t) / (G(G + 1)(G − 1)); 0 when no two values are tied.</summary>
            public double TieCorrection { get; }
        }
    }
}
