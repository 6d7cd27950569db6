namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// A statistic prepared for camera: G, its mean and variance, and per figure the number of its genes that
        /// have a value and their sum, read off the compiled gene lists once; the ranks (and the sums of ranks per
        /// figure) follow on the first rank test. <see cref="For"/> keeps the last statistic prepared, so a second
        /// call with the same genes and values, with any options, costs one pass over the pairs. Immutable but for
        /// the ranks, which are published once; safe to share between threads.
        /// </summary>
        internal sealed class CameraStatistic
        {
            private static CameraStatistic/*?*/ s_last;

            // The pairs as read, in order: the next call is compared with them.
            private readonly int[] _ids;
            private readonly double[] _values;

            // Per position of _ids, the gene's index (-1: an id no figure has).
            private readonly int[] _geneOfPosition;
            // Per gene (by index): whether it has a statistic.
            private readonly bool[] _hasValue;
            private CameraRanking/*?*/ _ranking;

            private CameraStatistic(int[] ids, double[] values, string parameterName)
            {
                _ids = ids;
                _values = values;
                if (ids.Length < 3)
                {
                    throw new ArgumentException("Camera needs the statistics of at least 3 genes (it compares a figure's genes with the others).", parameterName);
                }

                _geneOfPosition = GenesOf(ids, parameterName);
                Mean = MeanOf(values);
                var deviations = new double[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    deviations[i] = (values[i] - Mean) * (values[i] - Mean);
                }

                // Compensated too: the same values in another order (another dictionary) give the same variance.
                Variance = CompensatedSum(deviations, 0) / (values.Length - 1);
                if (!(Variance > 0))
                {
                    throw new ArgumentException("Every gene has the same statistic, so no figure's genes can differ from the others.", parameterName);
                }

                _hasValue = new bool[Genes.All.Count];
                foreach (var gene in _geneOfPosition)
                {
                    if (gene >= 0)
                    {
                        _hasValue[gene] = true;
                    }
                }

                SetSizes = new int[GeneSets.FigureGenes.Length];
                var lows = new double[SetSizes.Length];
                var sums = SumsPerFigure(values, SetSizes, lows);
                Means = new double[sums.Length];
                for (var f = 0; f < sums.Length; f++)
                {
                    Means[f] = SetSizes[f] == 0 ? 0 : CorrectlyRoundedQuotient(sums[f], lows[f], SetSizes[f]);
                }
            }

            /// <summary>G: the genes with a statistic.</summary>
            public int Count => _ids.Length;

            /// <summary>The mean statistic over all G genes.</summary>
            public double Mean { get; }

            /// <summary>The sample variance (n − 1) of the statistic over all G genes.</summary>
            public double Variance { get; }

            /// <summary>Per figure: its distinct genes that have a statistic.</summary>
            public int[] SetSizes { get; }

            /// <summary>Per figure: the mean of its genes' statistics, rounded once from the exact mean (as R's mean, summed in long double, nearly always is).</summary>
            public double[] Means { get; }

            /// <summary>The ranks of the statistic (average ranks for ties), made on first use and kept.</summary>
            public CameraRanking Ranking
            {
                get
                {
                    var ranking = global::System.Threading.Volatile.Read(ref _ranking);
                    if (ranking == null)
                    {
                        var made = new CameraRanking(_values, this);
                        ranking = global::System.Threading.Interlocked.CompareExchange(ref _ranking, made, null) ?? made;
                    }

                    return ranking;
                }
            }

            /// <summary>
            /// The statistic of these pairs, prepared, or the last one prepared when the pairs are the same genes
            /// with the same values in the same order (the usual repeat: the same dictionary again).
            /// </summary>
            public static CameraStatistic For(IEnumerable<KeyValuePair<int, double>> statistics, string parameterName)
            {
                if (statistics is null) throw new ArgumentNullException(parameterName);
                var reading = CameraReading.Of(statistics, parameterName);
                var last = global::System.Threading.Volatile.Read(ref s_last);
                if (last != null && reading.Matches(last._ids, last._values))
                {
                    return last;
                }

                var prepared = new CameraStatistic(reading.CopyIds(), reading.CopyValues(), parameterName);
                global::System.Threading.Volatile.Write(ref s_last, prepared);
                return prepared;
            }

            // Each id's gene index; a repeated id is refused (a gene has one statistic).
            private static int[] GenesOf(int[] ids, string parameterName)
            {
                var geneOfPosition = new int[ids.Length];
                var seen = new bool[Genes.All.Count];
                var others = new List<int>();
                for (var position = 0; position < ids.Length; position++)
                {
                    var gene = Genes.ByEntrez(ids[position]);
                    geneOfPosition[position] = gene == null ? -1 : gene.Index;
                    if (gene == null)
                    {
                        others.Add(ids[position]);
                    }
                    else if (seen[gene.Index])
                    {
                        throw Repeated(ids[position], parameterName);
                    }
                    else
                    {
                        seen[gene.Index] = true;
                    }
                }

                others.Sort();
                for (var i = 1; i < others.Count; i++)
                {
                    if (others[i] == others[i - 1])
                    {
                        throw Repeated(others[i], parameterName);
                    }
                }

                return geneOfPosition;
            }

            // (high + low) / divisor rounded once: the quotient of the rounded sum, corrected by the exact remainder.
            // Two figures whose exact sums differ in the last bits then get the same mean whenever R's would.
            private static double CorrectlyRoundedQuotient(double high, double low, int divisor)
            {
                var quotient = high / divisor;
                var product = quotient * divisor;
                var remainder = (high - product) - ExactProductLow(quotient, divisor, product) + low;
                return quotient + (remainder / divisor);
            }

            // The rounding error of a·b (a·b = product + the result, exactly), by Dekker's splitting: netstandard2.0
            // has no fused multiply-add.
            private static double ExactProductLow(double a, double b, double product)
            {
                const double splitter = 134217729.0;
                var aBig = splitter * a;
                var aHigh = aBig - (aBig - a);
                var aLow = a - aHigh;
                var bBig = splitter * b;
                var bHigh = bBig - (bBig - b);
                var bLow = b - bHigh;
                return (((aHigh * bHigh) - product) + (aHigh * bLow) + (aLow * bHigh)) + (aLow * bLow);
            }

            private static ArgumentException Repeated(int id, string parameterName) =>
                new ArgumentException("Gene id " + id.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " has more than one statistic; give each gene one.", parameterName);

            // The mean as R takes it: the plain mean, then the mean of the residuals added (here summed with
            // compensation), so that a statistic of tens of thousands of values keeps its last digits.
            private static double MeanOf(double[] values)
            {
                var mean = CompensatedSum(values, 0) / values.Length;
                return mean + (CompensatedSum(values, mean) / values.Length);
            }

            // Σ (value − offset), Neumaier's compensated sum.
            private static double CompensatedSum(double[] values, double offset)
            {
                double sum = 0, compensation = 0;
                foreach (var raw in values)
                {
                    var value = raw - offset;
                    var next = sum + value;
                    compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
                    sum = next;
                }

                return sum + compensation;
            }

            /// <summary>
            /// Per figure, the sum of <paramref name="valueAtPosition"/> (a value per id, in the order read) over its
            /// genes that have a statistic, and, when <paramref name="setSizes"/> is given, how many they are: one pass
            /// over the compiled gene lists, with the values laid out per gene first. With <paramref name="lows"/>, each
            /// sum is also given as the rounded sum and, there, what rounding left out.
            /// </summary>
            public double[] SumsPerFigure(double[] valueAtPosition, int[]/*?*/ setSizes, double[]/*?*/ lows)
            {
                var valueOfGene = new double[_hasValue.Length];
                for (var position = 0; position < _geneOfPosition.Length; position++)
                {
                    if (_geneOfPosition[position] >= 0)
                    {
                        valueOfGene[_geneOfPosition[position]] = valueAtPosition[position];
                    }
                }

                var figureGenes = GeneSets.FigureGenes;
                var sums = new double[figureGenes.Length];
                for (var f = 0; f < figureGenes.Length; f++)
                {
                    // Compensated, so that the sum is (nearly always) the rounded exact one whatever the genes' order:
                    // two figures with the same genes in another order, or other genes with the same values, then get
                    // the same p-value, a tie that limma (summing in long double) has too and that the order keeps.
                    double sum = 0, compensation = 0;
                    var count = 0;
                    foreach (var gene in figureGenes[f])
                    {
                        if (_hasValue[gene])
                        {
                            var value = valueOfGene[gene];
                            var next = sum + value;
                            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
                            sum = next;
                            count++;
                        }
                    }

                    sums[f] = sum + compensation;
                    if (lows != null)
                    {
                        lows[f] = compensation - (sums[f] - sum);
                    }

                    if (setSizes != null)
                    {
                        setSizes[f] = count;
                    }
                }

                return sums;
            }
        }
    }
}
