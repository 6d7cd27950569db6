namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// One query's results, held as columns (figure, (k, K) pair and q-value per result; k, K and p per pair),
        /// with each <see cref="EnrichmentResult"/> (a view of one row) made on first access and kept, so a caller
        /// that reads the first results of thousands does not pay for objects it never reads, and a kept list costs
        /// the collector a few arrays instead of an object per result. Read-only; safe to read from several threads (a row made twice
        /// at once is kept once, so every reader sees the same object).
        /// </summary>
        internal sealed class ResultRows : IList<EnrichmentResult>
        {
            private readonly int[] _figures;
            private readonly int[] _pairs;
            private readonly double[] _adjustedPValues;
            private readonly int[] _overlapOfPair;
            private readonly int[] _setSizeOfPair;
            private readonly double[] _pValueOfPair;
            private readonly QueryGenes _query;
            private EnrichmentResult/*?*/[]/*?*/ _rows;

            public ResultRows(int[] figures, int[] pairs, double[] adjustedPValues, int[] overlapOfPair, int[] setSizeOfPair, double[] pValueOfPair, QueryGenes query)
            {
                _figures = figures;
                _pairs = pairs;
                _adjustedPValues = adjustedPValues;
                _overlapOfPair = overlapOfPair;
                _setSizeOfPair = setSizeOfPair;
                _pValueOfPair = pValueOfPair;
                _query = query;
            }

            public int Count => _figures.Length;

            public QueryGenes Query => _query;

            public Figure FigureAt(int index) => PfocrTables.FigureSlots[_figures[index]];

            public int OverlapAt(int index) => _overlapOfPair[_pairs[index]];

            public int SetSizeAt(int index) => _setSizeOfPair[_pairs[index]];

            public double PValueAt(int index) => _pValueOfPair[_pairs[index]];

            public double AdjustedPValueAt(int index) => _adjustedPValues[index];

            public bool IsReadOnly => true;

            public EnrichmentResult this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_figures.Length)
                    {
                        throw new ArgumentOutOfRangeException(nameof(index));
                    }

                    var rows = global::System.Threading.Volatile.Read(ref _rows);
                    if (rows == null)
                    {
                        var fresh = new EnrichmentResult/*?*/[_figures.Length];
                        rows = global::System.Threading.Interlocked.CompareExchange(ref _rows, fresh, null) ?? fresh;
                    }

                    var row = global::System.Threading.Volatile.Read(ref rows[index]);
                    if (row == null)
                    {
                        var made = new EnrichmentResult(this, index);
                        row = global::System.Threading.Interlocked.CompareExchange(ref rows[index], made, null) ?? made;
                    }

                    return row;
                }

                set => throw ReadOnly();
            }

            public IEnumerator<EnrichmentResult> GetEnumerator()
            {
                for (var i = 0; i < _figures.Length; i++)
                {
                    yield return this[i];
                }
            }

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

            public int IndexOf(EnrichmentResult item)
            {
                for (var i = 0; i < _figures.Length; i++)
                {
                    if (ReferenceEquals(this[i], item))
                    {
                        return i;
                    }
                }

                return -1;
            }

            public bool Contains(EnrichmentResult item) => IndexOf(item) >= 0;

            public void CopyTo(EnrichmentResult[] array, int arrayIndex)
            {
                if (array is null) throw new ArgumentNullException(nameof(array));
                if (arrayIndex < 0 || array.Length - arrayIndex < _figures.Length) throw new ArgumentOutOfRangeException(nameof(arrayIndex));
                for (var i = 0; i < _figures.Length; i++)
                {
                    array[arrayIndex + i] = this[i];
                }
            }

            public void Add(EnrichmentResult item) => throw ReadOnly();

            public void Insert(int index, EnrichmentResult item) => throw ReadOnly();

            public bool Remove(EnrichmentResult item) => throw ReadOnly();

            public void RemoveAt(int index) => throw ReadOnly();

            public void Clear() => throw ReadOnly();

            private static NotSupportedException ReadOnly() => new NotSupportedException("Enrichment results are read-only.");
        }
    }
}
