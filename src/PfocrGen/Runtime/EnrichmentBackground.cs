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

        // Universe id → its position among the distinct ids (0 .. N-1), and that position's gene index (-1: no gene).
        private readonly Dictionary<int, int> _positions;
        private readonly int[] _geneAtPosition;
        private readonly int[] _setSizes;
        private readonly int[] _figuresUpToSetSize;
        private readonly double[] _logFactorials;
        private readonly int[] _ids;
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
            if (universeEntrezIds.Length == 0)
            {
                throw new ArgumentException("The universe is empty: pass the NCBI gene ids your experiment measured.", nameof(universeEntrezIds));
            }

            // A copy, as given: the caller may change its array, and the next Figures.Enrich compares against this.
            _ids = (int[])universeEntrezIds.Clone();
            _fingerprint = PfocrStatistics.UniverseFingerprint.Of(_ids);
            _positions = new Dictionary<int, int>(_ids.Length);
            var genes = new List<int>(_ids.Length);
            foreach (var id in _ids)
            {
                if (!_positions.ContainsKey(id))
                {
                    _positions.Add(id, _positions.Count);
                    var gene = Genes.ByEntrez(id);
                    genes.Add(gene == null ? -1 : gene.Index);
                }
            }

            _geneAtPosition = genes.ToArray();
            var index = PfocrStatistics.GeneSets;
            var inUniverse = new bool[index.GeneFigures.Length];
            foreach (var gene in _geneAtPosition)
            {
                if (gene >= 0)
                {
                    inUniverse[gene] = true;
                }
            }

            _setSizes = new int[index.FigureGenes.Length];
            var largest = 0;
            for (var f = 0; f < _setSizes.Length; f++)
            {
                foreach (var gene in index.FigureGenes[f])
                {
                    if (inUniverse[gene])
                    {
                        _setSizes[f]++;
                    }
                }

                largest = Math.Max(largest, _setSizes[f]);
            }

            // Cumulative counts of figures by K, so the Benjamini-Hochberg m of any size bounds is one subtraction.
            _figuresUpToSetSize = new int[largest + 1];
            foreach (var setSize in _setSizes)
            {
                _figuresUpToSetSize[setSize]++;
            }

            for (var size = 1; size <= largest; size++)
            {
                _figuresUpToSetSize[size] += _figuresUpToSetSize[size - 1];
            }

            _logFactorials = PfocrStatistics.LogFactorials(_positions.Count);
        }

        /// <summary>N: the distinct genes in the universe.</summary>
        public int UniverseSize => _positions.Count;

        /// <summary>
        /// Over-representation analysis of <paramref name="queryEntrezIds"/> in every figure against this universe,
        /// with the same rules and results as <see cref="Figures.Enrich"/>.
        /// </summary>
        /// <param name="queryEntrezIds">NCBI gene ids of the genes of interest.</param>
        /// <param name="options">Set-size bounds (defaults 2 and 500) and pathway-score filter (default none).</param>
        /// <exception cref="ArgumentException">No query id is in the universe, or the minimum pathway score is not a number.</exception>
        public IReadOnlyList<EnrichmentResult> Enrich(IEnumerable<int> queryEntrezIds, EnrichmentOptions/*?*/ options = null)
        {
            // Read before any working array is touched: enumerating the ids runs the caller's code.
            var ids = PfocrStatistics.ToArray(queryEntrezIds, nameof(queryEntrezIds));
            var minSetSize = options == null ? EnrichmentOptions.DefaultMinSetSize : options.MinSetSize;
            var maxSetSize = options == null ? EnrichmentOptions.DefaultMaxSetSize : options.MaxSetSize;
            if (options != null && options.MinPathwayScore.HasValue && double.IsNaN(options.MinPathwayScore.Value))
            {
                throw new ArgumentException("MinPathwayScore is NaN; give a score from 0 to 1, or null for no bound.", nameof(options));
            }

            var scoreFilter = options != null && options.FiltersByScore ? options : null;

            var scratch = PfocrStatistics.QueryScratch.Begin(_setSizes.Length, _positions.Count);
            var touched = CountOverlaps(ids, scratch, out var query);
            if (query.Count == 0)
            {
                scratch.End();
                throw new ArgumentException("No query gene id is in the universe, so there is nothing to test.", nameof(queryEntrezIds));
            }

            var tested = CollectTested(scratch, touched, minSetSize, maxSetSize, scoreFilter);
            var pairs = scratch.Pairs;
            for (var pair = 0; pair < pairs.Count; pair++)
            {
                pairs.PValue[pair] = PfocrStatistics.HypergeometricUpperTail(pairs.Overlap[pair], _positions.Count, pairs.SetSize[pair], query.Count, _logFactorials);
            }

            var results = Results(scratch, tested, TestedCount(minSetSize, maxSetSize, scoreFilter), query);
            scratch.End();
            return new global::System.Collections.ObjectModel.ReadOnlyCollection<EnrichmentResult>(results);
        }

        // n and each figure's k: only a figure that shares a gene with the query can have k >= 1, so only those are
        // visited; the others have p = 1 and count in the Benjamini-Hochberg m alone. Returns how many figures have
        // k >= 1 (listed in scratch.Figures).
        private int CountOverlaps(int[] ids, PfocrStatistics.QueryScratch scratch, out PfocrStatistics.QueryGenes query)
        {
            var geneFigures = PfocrStatistics.GeneSets.GeneFigures;
            var overlaps = scratch.Overlaps;
            var touched = scratch.Figures;
            var stamps = scratch.Stamps;
            var stamp = scratch.Stamp;
            var distinct = new int[Math.Min(ids.Length, _positions.Count)];
            var count = 0;
            var touchedCount = 0;
            foreach (var id in ids)
            {
                int position;
                if (!_positions.TryGetValue(id, out position) || stamps[position] == stamp)
                {
                    continue;
                }

                stamps[position] = stamp;
                distinct[count++] = id;
                var gene = _geneAtPosition[position];
                if (gene < 0)
                {
                    continue;
                }

                foreach (var figure in geneFigures[gene])
                {
                    if (overlaps[figure]++ == 0)
                    {
                        touched[touchedCount++] = figure;
                    }
                }
            }

            query = new PfocrStatistics.QueryGenes(distinct, count, _positions.Count);
            return touchedCount;
        }

        // The touched figures with K within the bounds, by figure, each with its (k, K) pair number; every overlap
        // count is zero again afterwards. A short list is sorted; a long one is read off the overlap counts in
        // figure order, which is cheaper than sorting it.
        private int CollectTested(PfocrStatistics.QueryScratch scratch, int touchedCount, int minSetSize, int maxSetSize, EnrichmentOptions/*?*/ scoreFilter)
        {
            var scores = scoreFilter == null ? null : PfocrTables.PathwayScores;
            var overlaps = scratch.Overlaps;
            var figures = scratch.Figures;
            var pairOfFigure = scratch.PairOfFigure;
            var pairs = scratch.Pairs;
            var scan = touchedCount * 32 >= _setSizes.Length;
            var end = scan ? _setSizes.Length : touchedCount;
            if (!scan)
            {
                Array.Sort(figures, 0, touchedCount);
            }

            var tested = 0;
            for (var i = 0; i < end; i++)
            {
                var figure = scan ? i : figures[i];
                var overlap = overlaps[figure];
                if (overlap == 0)
                {
                    continue;
                }

                overlaps[figure] = 0;
                var setSize = _setSizes[figure];
                if (setSize < minSetSize || setSize > maxSetSize || (scores != null && !scoreFilter/*!*/.Admits(scores[figure])))
                {
                    continue;
                }

                // tested <= i: the figures not yet read are never overwritten.
                var pair = pairs.NumberOf(overlap, setSize);
                pairs.FigureCount[pair]++;
                figures[tested] = figure;
                pairOfFigure[tested] = pair;
                tested++;
            }

            return tested;
        }

        // The results in their order, with Benjamini-Hochberg q-values over all `testedCount` tests: the tests not
        // listed had k = 0, so p = 1; they rank after every p below 1, and the q-value of a p of 1 is 1 at any rank,
        // so the step-up over all tests gives these results exactly these q-values. Per result only the figure and
        // its pair are kept (written in place by the ordering); k, K, p and q are columns per pair.
        private static PfocrStatistics.ResultRows Results(PfocrStatistics.QueryScratch scratch, int count, int testedCount, PfocrStatistics.QueryGenes query)
        {
            var pairs = scratch.Pairs;
            var figures = new int[count];
            var pairOfResult = new int[count];
            PfocrStatistics.OrderByPValueThenFigure(scratch, count, figures, pairOfResult);
            var adjusted = PfocrStatistics.AdjustedPValuesOfPairs(pairs, count, testedCount);
            return new PfocrStatistics.ResultRows(figures, pairOfResult, Copy(pairs.Overlap, pairs.Count), Copy(pairs.SetSize, pairs.Count), Copy(pairs.PValue, pairs.Count), adjusted, query);
        }

        private static T[] Copy<T>(T[] array, int count)
        {
            var copy = new T[count];
            Array.Copy(array, copy, count);
            return copy;
        }

        // The Figures.Enrich path: the last universe stays prepared, recognised by its fingerprint, so calling with
        // the same universe again costs one pass over its ids.
        internal static EnrichmentBackground For(IEnumerable<int> universeEntrezIds)
        {
            // Read once: the ids may come from a sequence that cannot be enumerated twice.
            var ids = PfocrStatistics.ToArray(universeEntrezIds, nameof(universeEntrezIds));
            var last = global::System.Threading.Volatile.Read(ref s_last);
            if (last != null && (last.HasExactly(ids) || last._fingerprint.Equals(PfocrStatistics.UniverseFingerprint.Of(ids))))
            {
                return last;
            }

            var prepared = new EnrichmentBackground(ids);
            global::System.Threading.Volatile.Write(ref s_last, prepared);
            return prepared;
        }

        // The usual repeat, the same ids in the same order, is recognised by comparing them with the copy kept,
        // a cheaper pass than the fingerprint's mixing; any other order falls back to the fingerprint.
        private bool HasExactly(int[] ids)
        {
            if (ids.Length != _ids.Length)
            {
                return false;
            }

            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] != _ids[i])
                {
                    return false;
                }
            }

            return true;
        }

        // m: the figures with K within the bounds (and, with a score filter, a score it admits).
        private int TestedCount(int minSetSize, int maxSetSize, EnrichmentOptions/*?*/ scoreFilter)
        {
            if (maxSetSize < minSetSize)
            {
                return 0;
            }

            if (scoreFilter == null)
            {
                return FiguresUpToSetSize(maxSetSize) - FiguresUpToSetSize((long)minSetSize - 1);
            }

            var scores = PfocrTables.PathwayScores;
            var count = 0;
            for (var f = 0; f < _setSizes.Length; f++)
            {
                if (_setSizes[f] >= minSetSize && _setSizes[f] <= maxSetSize && scoreFilter.Admits(scores[f]))
                {
                    count++;
                }
            }

            return count;
        }

        private int FiguresUpToSetSize(long setSize) =>
            setSize < 0 ? 0 : _figuresUpToSetSize[(int)Math.Min(setSize, _figuresUpToSetSize.Length - 1)];
    }
}
