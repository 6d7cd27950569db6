namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// One thread's working arrays for enrichment queries, kept between its queries so that a query allocates
        /// only its results: the figure-sized arrays are zero again when a query ends (it clears what it touched),
        /// and duplicates among the query ids are recognised by a stamp per universe id that each query renews.
        /// Per thread, so that <see cref="EnrichmentBackground"/> stays thread-safe without locks.
        /// </summary>
        internal sealed class QueryScratch
        {
            [ThreadStatic]
            private static QueryScratch/*?*/ s_ofThread;

            private bool _inUse;
            private int _stamp;

            /// <summary>Per figure: k so far (zero outside a query).</summary>
            public int[] Overlaps = Array.Empty<int>();

            /// <summary>The figures with k ≥ 1, in order of first sight; then the tested ones, by figure.</summary>
            public int[] Figures = Array.Empty<int>();

            /// <summary>Per tested figure (as listed in <see cref="Figures"/>): its (k, K) pair number.</summary>
            public int[] PairOfFigure = Array.Empty<int>();

            /// <summary>Per universe id (by its position in the background): the stamp of the last query that had it.</summary>
            public int[] Stamps = Array.Empty<int>();

            /// <summary>The distinct (k, K) pairs of the query.</summary>
            public readonly PairTable Pairs = new PairTable();

            /// <summary>
            /// The calling thread's scratch, sized for <paramref name="figureCount"/> figures and
            /// <paramref name="universeSize"/> universe ids, with a stamp no earlier query used.
            /// </summary>
            public static QueryScratch Begin(int figureCount, int universeSize)
            {
                var scratch = s_ofThread ?? (s_ofThread = new QueryScratch());
                if (scratch._inUse)
                {
                    // The thread's last query stopped part-way (an exception): start from clean arrays.
                    Array.Clear(scratch.Overlaps, 0, scratch.Overlaps.Length);
                    scratch.Pairs.Reset();
                }

                if (scratch.Overlaps.Length < figureCount)
                {
                    scratch.Overlaps = new int[figureCount];
                    scratch.Figures = new int[figureCount];
                    scratch.PairOfFigure = new int[figureCount];
                }

                if (scratch.Stamps.Length < universeSize)
                {
                    scratch.Stamps = new int[universeSize];
                }

                if (scratch._stamp == int.MaxValue)
                {
                    Array.Clear(scratch.Stamps, 0, scratch.Stamps.Length);
                    scratch._stamp = 0;
                }

                scratch._stamp++;
                scratch._inUse = true;
                return scratch;
            }

            /// <summary>This query's stamp: a universe id whose <see cref="Stamps"/> entry equals it was seen already.</summary>
            public int Stamp => _stamp;

            /// <summary>Marks the arrays clean again: the query cleared what it touched.</summary>
            public void End()
            {
                Pairs.Clear();
                _inUse = false;
            }
        }
    }
}
