namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// One thread's working arrays for camera calls (p-value, figure and direction per tested figure), kept
        /// between its calls so that a call allocates only its results; per thread, so that calls on several
        /// threads need no lock.
        /// </summary>
        internal sealed class CameraScratch
        {
            [ThreadStatic]
            private static CameraScratch/*?*/ t_ofThread;

            private double[] _pValues = Array.Empty<double>();
            private int[] _figures = Array.Empty<int>();
            private bool[] _down = Array.Empty<bool>();

            /// <summary>The calling thread's scratch, sized for <paramref name="figureCount"/> figures.</summary>
            public static CameraScratch Of(int figureCount)
            {
                var scratch = t_ofThread ?? (t_ofThread = new CameraScratch());
                if (scratch._figures.Length < figureCount)
                {
                    scratch._pValues = new double[figureCount];
                    scratch._figures = new int[figureCount];
                    scratch._down = new bool[figureCount];
                }

                return scratch;
            }

            /// <summary>Records the <paramref name="index"/>th tested figure (tested in figure order).</summary>
            public void Add(int index, int figure, double pValue, bool down)
            {
                _pValues[index] = pValue;
                _figures[index] = figure;
                _down[figure] = down;
            }

            /// <summary>
            /// The <paramref name="count"/> tested figures as results: by p-value, then figure (figures are numbered
            /// in figure id ordinal order), with Benjamini–Hochberg adjusted p-values over all of them.
            /// </summary>
            public IReadOnlyList<CameraResult> Results(int count, int[] setSizes)
            {
                // The figures were added in ascending order; the sort is not stable, so each run of equal p-values
                // is put back in figure order.
                Array.Sort(_pValues, _figures, 0, count);
                for (var start = 0; start < count;)
                {
                    var end = start + 1;
                    while (end < count && _pValues[end].Equals(_pValues[start]))
                    {
                        end++;
                    }

                    if (end - start > 1)
                    {
                        Array.Sort(_figures, start, end - start);
                    }

                    start = end;
                }

                var results = new CameraResult[count];
                var running = 1.0;
                for (var rank = count; rank >= 1; rank--)
                {
                    var i = rank - 1;
                    running = Math.Min(running, _pValues[i] * count / rank);
                    var figure = _figures[i];
                    results[i] = new CameraResult(figure, setSizes[figure], _down[figure] ? CameraDirection.Down : CameraDirection.Up, _pValues[i], Math.Min(1.0, running));
                }

                return new global::System.Collections.ObjectModel.ReadOnlyCollection<CameraResult>(results);
            }
        }
    }
}
