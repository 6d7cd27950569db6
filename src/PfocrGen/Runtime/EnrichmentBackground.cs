namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>
    /// A universe (background) prepared for over-representation analysis: each figure's set size within it and the
    /// log-factorial table are computed once, so each query costs only the figures that share a gene with it.
    /// <see cref="Figures.Enrich"/> keeps the last universe it was given prepared as well; create one explicitly
    /// to analyse several queries against one universe with no check of the universe per call. Thread-safe.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class EnrichmentBackground
    {
        private static EnrichmentBackground/*?*/ s_last;

        private readonly HashSet<int> _universe;
        private readonly int[] _setSizes;
        private readonly double[] _logFactorials;
        private readonly PfocrStatistics.UniverseFingerprint _fingerprint;

        /// <summary>Prepares <paramref name="universeEntrezIds"/> (de-duplicated) as the background of later queries.</summary>
        /// <param name="universeEntrezIds">NCBI gene ids of the background: the genes your experiment could have found.</param>
        /// <exception cref="ArgumentException">The universe is empty.</exception>
        public EnrichmentBackground(IEnumerable<int> universeEntrezIds)
            : this(PfocrStatistics.ToArray(universeEntrezIds, nameof(universeEntrezIds)))
        {
        }

        private EnrichmentBackground(int[] universeEntrezIds)
        {
            _universe = new HashSet<int>(universeEntrezIds);
            if (_universe.Count == 0)
            {
                throw new ArgumentException("The universe is empty: pass the NCBI gene ids your experiment measured.", nameof(universeEntrezIds));
            }

            _fingerprint = PfocrStatistics.UniverseFingerprint.Of(universeEntrezIds);
            var index = PfocrStatistics.GeneSets;
            var inUniverse = new bool[index.GeneFigures.Length];
            foreach (var gene in Genes.All)
            {
                inUniverse[gene.Index] = _universe.Contains(gene.EntrezId);
            }

            _setSizes = new int[index.FigureGenes.Length];
            for (var f = 0; f < _setSizes.Length; f++)
            {
                foreach (var gene in index.FigureGenes[f])
                {
                    if (inUniverse[gene])
                    {
                        _setSizes[f]++;
                    }
                }
            }

            _logFactorials = PfocrStatistics.LogFactorials(_universe.Count);
        }

        /// <summary>N: the distinct genes in the universe.</summary>
        public int UniverseSize => _universe.Count;

        /// <summary>
        /// Over-representation analysis of <paramref name="queryEntrezIds"/> in every figure against this universe,
        /// with the same rules and results as <see cref="Figures.Enrich"/>.
        /// </summary>
        /// <param name="queryEntrezIds">NCBI gene ids of the genes of interest.</param>
        /// <param name="options">Set-size bounds; defaults 2 and 500.</param>
        /// <exception cref="ArgumentException">No query id is in the universe.</exception>
        public IReadOnlyList<EnrichmentResult> Enrich(IEnumerable<int> queryEntrezIds, EnrichmentOptions/*?*/ options = null)
        {
            if (queryEntrezIds is null) throw new ArgumentNullException(nameof(queryEntrezIds));
            var minSetSize = options == null ? EnrichmentOptions.DefaultMinSetSize : options.MinSetSize;
            var maxSetSize = options == null ? EnrichmentOptions.DefaultMaxSetSize : options.MaxSetSize;

            var query = new HashSet<int>();
            foreach (var id in queryEntrezIds)
            {
                if (_universe.Contains(id))
                {
                    query.Add(id);
                }
            }

            if (query.Count == 0)
            {
                throw new ArgumentException("No query gene id is in the universe, so there is nothing to test.", nameof(queryEntrezIds));
            }

            // Only a figure that shares a gene with the query can have k >= 1; the others have p = 1 and count in
            // the Benjamini-Hochberg m alone, so they are counted, never visited.
            var index = PfocrStatistics.GeneSets;
            var overlaps = new int[_setSizes.Length];
            var touched = new List<int>();
            foreach (var id in query)
            {
                var gene = Genes.ByEntrez(id);
                if (gene == null)
                {
                    continue;
                }

                foreach (var figure in index.GeneFigures[gene.Index])
                {
                    if (overlaps[figure]++ == 0)
                    {
                        touched.Add(figure);
                    }
                }
            }

            // p depends on (k, K) alone for one query, and many figures share a pair: each pair is computed once.
            var figures = new int[touched.Count];
            var pValues = new double[touched.Count];
            var pOfPair = new Dictionary<long, double>();
            var count = 0;
            foreach (var figure in touched)
            {
                var setSize = _setSizes[figure];
                if (setSize < minSetSize || setSize > maxSetSize)
                {
                    continue;
                }

                var pair = ((long)setSize << 32) | (uint)overlaps[figure];
                double p;
                if (!pOfPair.TryGetValue(pair, out p))
                {
                    p = PfocrStatistics.HypergeometricUpperTail(overlaps[figure], _universe.Count, setSize, query.Count, _logFactorials);
                    pOfPair.Add(pair, p);
                }

                figures[count] = figure;
                pValues[count] = p;
                count++;
            }

            PfocrStatistics.SortByPValueThenFigure(pValues, figures, count);
            var all = Figures.All;
            var results = new EnrichmentResult[count];
            for (var i = 0; i < count; i++)
            {
                results[i] = new EnrichmentResult(all[figures[i]], overlaps[figures[i]], query, _setSizes[figures[i]], _universe.Count, pValues[i]);
            }

            PfocrStatistics.AdjustBenjaminiHochberg(results, TestedCount(minSetSize, maxSetSize));
            return Array.AsReadOnly(results);
        }

        // The Figures.Enrich path: the last universe stays prepared, recognised by its fingerprint, so calling with
        // the same universe again costs one pass over its ids.
        internal static EnrichmentBackground For(IEnumerable<int> universeEntrezIds)
        {
            // Read once: the ids may come from a sequence that cannot be enumerated twice.
            var ids = PfocrStatistics.ToArray(universeEntrezIds, nameof(universeEntrezIds));
            var last = global::System.Threading.Volatile.Read(ref s_last);
            if (last != null && last._fingerprint.Equals(PfocrStatistics.UniverseFingerprint.Of(ids)))
            {
                return last;
            }

            var prepared = new EnrichmentBackground(ids);
            global::System.Threading.Volatile.Write(ref s_last, prepared);
            return prepared;
        }

        private int TestedCount(int minSetSize, int maxSetSize)
        {
            var tested = 0;
            foreach (var setSize in _setSizes)
            {
                if (setSize >= minSetSize && setSize <= maxSetSize)
                {
                    tested++;
                }
            }

            return tested;
        }
    }
}
