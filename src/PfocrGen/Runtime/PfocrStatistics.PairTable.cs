namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// The distinct (k, K) pairs of one query's tested figures, numbered 0, 1, ... in order of first sight. For
        /// one query p depends on (k, K) alone, and thousands of figures share a few hundred pairs, so each pair's p
        /// is computed and sorted once. An open-addressing table of pair numbers, reused by the thread's next query
        /// after <see cref="Clear"/>, which empties only the slots used.
        /// </summary>
        internal sealed class PairTable
        {
            private const int InitialCapacity = 1024;

            // Slot → pair number + 1 (0: empty); never more than half full.
            private int[] _slots = new int[InitialCapacity * 2];
            private int _slotBits = 11;
            private int[] _slotOfPair = new int[InitialCapacity];

            /// <summary>How many pairs are numbered.</summary>
            public int Count;

            /// <summary>Per pair: k.</summary>
            public int[] Overlap = new int[InitialCapacity];

            /// <summary>Per pair: K.</summary>
            public int[] SetSize = new int[InitialCapacity];

            /// <summary>Per pair: how many tested figures have it (zero again after <see cref="Clear"/>).</summary>
            public int[] FigureCount = new int[InitialCapacity];

            /// <summary>Per pair: where its next figure goes in the ordered results.</summary>
            public int[] NextPosition = new int[InitialCapacity];

            /// <summary>Per pair: P(X ≥ k).</summary>
            public double[] PValue = new double[InitialCapacity];

            /// <summary>The pair numbers ordered by p-value, and their p-values in that order.</summary>
            public int[] ByPValue = new int[InitialCapacity];

            /// <summary>The p-values sorted along with <see cref="ByPValue"/>.</summary>
            public double[] SortedPValues = new double[InitialCapacity];

            /// <summary>The number of the pair (<paramref name="overlap"/>, <paramref name="setSize"/>), added if new.</summary>
            public int NumberOf(int overlap, int setSize)
            {
                var mask = _slots.Length - 1;
                var slot = FirstSlot(overlap, setSize);
                while (true)
                {
                    var entry = _slots[slot];
                    if (entry == 0)
                    {
                        break;
                    }

                    if (Overlap[entry - 1] == overlap && SetSize[entry - 1] == setSize)
                    {
                        return entry - 1;
                    }

                    slot = (slot + 1) & mask;
                }

                if (Count == Overlap.Length)
                {
                    Grow();
                    return NumberOf(overlap, setSize);
                }

                var pair = Count++;
                Overlap[pair] = overlap;
                SetSize[pair] = setSize;
                _slotOfPair[pair] = slot;
                _slots[slot] = pair + 1;
                return pair;
            }

            /// <summary>Orders the pair numbers by p-value into <see cref="ByPValue"/> (ties in any order).</summary>
            public void SortByPValue()
            {
                for (var pair = 0; pair < Count; pair++)
                {
                    ByPValue[pair] = pair;
                    SortedPValues[pair] = PValue[pair];
                }

                Array.Sort(SortedPValues, ByPValue, 0, Count);
            }

            /// <summary>Forgets every pair, clearing only the slots and counts they used.</summary>
            public void Clear()
            {
                for (var pair = 0; pair < Count; pair++)
                {
                    _slots[_slotOfPair[pair]] = 0;
                    FigureCount[pair] = 0;
                }

                Count = 0;
            }

            /// <summary>Clears everything, whatever state an interrupted query left.</summary>
            public void Reset()
            {
                Array.Clear(_slots, 0, _slots.Length);
                Array.Clear(FigureCount, 0, FigureCount.Length);
                Count = 0;
            }

            // Fibonacci hashing of the pair as one 64-bit number: its top bits index the table.
            private int FirstSlot(int overlap, int setSize) =>
                (int)(((((ulong)(uint)setSize << 32) | (uint)overlap) * 0x9E3779B97F4A7C15UL) >> (64 - _slotBits));

            // Twice the pairs and twice the slots, every pair placed again.
            private void Grow()
            {
                var capacity = Overlap.Length * 2;
                Array.Resize(ref Overlap, capacity);
                Array.Resize(ref SetSize, capacity);
                Array.Resize(ref FigureCount, capacity);
                Array.Resize(ref NextPosition, capacity);
                Array.Resize(ref PValue, capacity);
                Array.Resize(ref ByPValue, capacity);
                Array.Resize(ref SortedPValues, capacity);
                Array.Resize(ref _slotOfPair, capacity);
                _slots = new int[capacity * 2];
                _slotBits++;
                var mask = _slots.Length - 1;
                for (var pair = 0; pair < Count; pair++)
                {
                    var slot = FirstSlot(Overlap[pair], SetSize[pair]);
                    while (_slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _slots[slot] = pair + 1;
                    _slotOfPair[pair] = slot;
                }
            }
        }
    }
}
