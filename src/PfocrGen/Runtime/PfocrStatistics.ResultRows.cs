namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// One query's results, held as columns (figure and (k, K) pair per result; k, K, p and q per pair, since
        /// every figure of a pair has the same p and q), with each <see cref="EnrichmentResult"/> (a view of one row)
        /// made on first access and kept, so a caller that reads the first results of thousands does not pay for
        /// objects it never reads, and a kept list costs the collector a few arrays instead of an object per result.
        /// Enumerating makes every row at once, in one pass with one publication. Read-only; safe to read from
        /// several threads (a row made twice at once is kept once, so every reader sees the same object).
        /// </summary>
        internal sealed class ResultRows : IList<EnrichmentResult>
        {
            private readonly int[] _figures;
            private readonly int[] _pairs;
            private readonly int[] _overlapOfPair;
            private readonly int[] _setSizeOfPair;
            private readonly double[] _pValueOfPair;
            private readonly double[] _adjustedPValueOfPair;
            private readonly QueryGenes _query;
            private EnrichmentResult/*?*/[]/*?*/ _rows;
            private IReadOnlyList<Gene>/*?*/[]/*?*/ _overlapGenes;

            public ResultRows(int[] figures, int[] pairs, int[] overlapOfPair, int[] setSizeOfPair, double[] pValueOfPair, double[] adjustedPValueOfPair, QueryGenes query)
            {
                _figures = figures;
                _pairs = pairs;
                _overlapOfPair = overlapOfPair;
                _setSizeOfPair = setSizeOfPair;
                _pValueOfPair = pValueOfPair;
                _adjustedPValueOfPair = adjustedPValueOfPair;
                _query = query;
            }

            public int Count => _figures.Length;

            public QueryGenes Query => _query;

            public Figure FigureAt(int index) => PfocrTables.FigureSlots[_figures[index]];

            public int OverlapAt(int index) => _overlapOfPair[_pairs[index]];

            public int SetSizeAt(int index) => _setSizeOfPair[_pairs[index]];

            public double PValueAt(int index) => _pValueOfPair[_pairs[index]];

            public double AdjustedPValueAt(int index) => _adjustedPValueOfPair[_pairs[index]];

            /// <summary>The overlapping genes of row <paramref name="index"/>, listed on first use and kept here, not in the row.</summary>
            public IReadOnlyList<Gene> OverlapGenesAt(int index)
            {
                var lists = global::System.Threading.Volatile.Read(ref _overlapGenes);
                if (lists == null)
                {
                    var fresh = new IReadOnlyList<Gene>/*?*/[_figures.Length];
                    lists = global::System.Threading.Interlocked.CompareExchange(ref _overlapGenes, fresh, null) ?? fresh;
                }

                var genes = global::System.Threading.Volatile.Read(ref lists[index]);
                if (genes == null)
                {
                    var listed = GenesIn(FigureAt(index), _query.Set);
                    genes = global::System.Threading.Interlocked.CompareExchange(ref lists[index], listed, null) ?? listed;
                }

                return genes;
            }

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

                    return RowIn(rows, index);
                }

                set => throw ReadOnly();
            }

            public IEnumerator<EnrichmentResult> GetEnumerator()
            {
                var rows = AllRows();
                for (var i = 0; i < rows.Length; i++)
                {
                    yield return rows[i]/*!*/;
                }
            }

            global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

            public int IndexOf(EnrichmentResult item)
            {
                var rows = AllRows();
                for (var i = 0; i < rows.Length; i++)
                {
                    if (ReferenceEquals(rows[i], item))
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
                Array.Copy(AllRows(), 0, array, arrayIndex, _figures.Length);
            }

            public void Add(EnrichmentResult item) => throw ReadOnly();

            public void Insert(int index, EnrichmentResult item) => throw ReadOnly();

            public bool Remove(EnrichmentResult item) => throw ReadOnly();

            public void RemoveAt(int index) => throw ReadOnly();

            public void Clear() => throw ReadOnly();

            // Every row made: when none was read yet, all of them in one pass, published at once (so no reader sees
            // the array part-filled); otherwise the missing ones, one by one as the indexer makes them.
            private EnrichmentResult/*?*/[] AllRows()
            {
                var rows = global::System.Threading.Volatile.Read(ref _rows);
                if (rows == null)
                {
                    var made = new EnrichmentResult/*?*/[_figures.Length];
                    for (var i = 0; i < made.Length; i++)
                    {
                        made[i] = new EnrichmentResult(this, i);
                    }

                    rows = global::System.Threading.Interlocked.CompareExchange(ref _rows, made, null) ?? made;
                    if (ReferenceEquals(rows, made))
                    {
                        return rows;
                    }
                }

                for (var i = 0; i < rows.Length; i++)
                {
                    RowIn(rows, i);
                }

                return rows;
            }

            private EnrichmentResult RowIn(EnrichmentResult/*?*/[] rows, int index)
            {
                var row = global::System.Threading.Volatile.Read(ref rows[index]);
                if (row == null)
                {
                    var made = new EnrichmentResult(this, index);
                    row = global::System.Threading.Interlocked.CompareExchange(ref rows[index], made, null) ?? made;
                }

                return row;
            }

            private static NotSupportedException ReadOnly() => new NotSupportedException("Enrichment results are read-only.");
        }
    }
}
