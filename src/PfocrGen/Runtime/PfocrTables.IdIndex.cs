namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        /// <summary>
        /// Values by id (figures by id and alias, papers by PMCID), for ids looked up at random among a whole
        /// release's (~110,000 figures, ~93,000 papers). There a lookup is bound by memory, not by work: a
        /// <see cref="Dictionary{TKey, TValue}"/> reads a bucket, an entry and the stored id string, three places far
        /// apart in a heap of tens of megabytes, and each costs a cache miss and often a TLB miss. PFOCR's ids are
        /// short ASCII ("PMC5869700__F6"), so an id of up to 23 characters below U+0100 is kept as its characters
        /// themselves, packed one byte each into three numbers beside its value: a lookup reads one slot, and no
        /// string. The pack holds the length too, so two ids pack alike only when they are equal. Other ids (longer
        /// ones, such as current records' figids "PMC5869700__41598_2018_23213_Fig6_HTML", or with other
        /// characters) are in a dictionary. The price is memory: 32 bytes a slot, at most half of them used, so
        /// 8 MB for 110,000 ids where a dictionary takes about 3 MB.
        /// </summary>
        private sealed class IdIndex<TValue>
            where TValue : class
        {
            private const int MaxPackedLength = 23;

            // Open addressing with linear probing, never more than half full; a slot without a value is empty.
            private Slot[] _slots;
            private int _slotBits;
            private int _packedCount;
            private Dictionary<string, TValue>/*?*/ _others;

            /// <summary>An empty index sized for <paramref name="capacity"/> ids.</summary>
            public IdIndex(int capacity)
            {
                _slotBits = 4;
                while ((1 << _slotBits) < capacity * 2L)
                {
                    _slotBits++;
                }

                _slots = new Slot[1 << _slotBits];
            }

            /// <summary>Adds <paramref name="id"/>; false, and nothing changed, when it is already there.</summary>
            public bool TryAdd(string id, TValue value)
            {
                if (value == null)
                {
                    throw new ArgumentNullException(nameof(value));
                }

                ulong low, middle, high;
                if (!TryPack(id, out low, out middle, out high))
                {
                    var others = _others ?? (_others = new Dictionary<string, TValue>(StringComparer.Ordinal));
                    if (others.ContainsKey(id))
                    {
                        return false;
                    }

                    others.Add(id, value);
                    return true;
                }

                // Grown first, so one probe finds the id or the free slot it goes to (an id already there may have
                // grown the table once for nothing). At release size every probe is a cache miss, and the index is
                // built on the first lookup, so the build probes once per id.
                if ((_packedCount + 1) * 2L > _slots.Length)
                {
                    Grow();
                }

                var mask = _slots.Length - 1;
                for (var index = FirstSlot(low, middle, high); ; index = (index + 1) & mask)
                {
                    ref var slot = ref _slots[index];
                    if (slot.Value == null)
                    {
                        slot = new Slot { Low = low, Middle = middle, High = high, Value = value };
                        _packedCount++;
                        return true;
                    }

                    if (slot.Low == low && slot.Middle == middle && slot.High == high)
                    {
                        return false;
                    }
                }
            }

            /// <summary>The value of <paramref name="id"/>, or null when no value has that id.</summary>
            public TValue/*?*/ Find(string id)
            {
                ulong low, middle, high;
                if (TryPack(id, out low, out middle, out high))
                {
                    return Find(low, middle, high);
                }

                TValue/*?*/ value;
                return _others != null && _others.TryGetValue(id, out value) ? value : null;
            }

            private TValue/*?*/ Find(ulong low, ulong middle, ulong high)
            {
                var mask = _slots.Length - 1;
                for (var index = FirstSlot(low, middle, high); ; index = (index + 1) & mask)
                {
                    ref var slot = ref _slots[index];
                    if (slot.Value == null)
                    {
                        return null;
                    }

                    if (slot.Low == low && slot.Middle == middle && slot.High == high)
                    {
                        return slot.Value;
                    }
                }
            }

            // Characters 0-7 go to low, 8-15 to middle and 16-22 to high, one byte each (each number shifted left
            // as the next character comes in: no per-character choice of word or shift); the length is high's top
            // byte. Given the length, the three numbers give back every character, so distinct ids pack apart.
            // False when the id is too long or has a character above U+00FF. Locals gather the bytes, as the JIT
            // keeps them in registers.
            private static bool TryPack(string id, out ulong low, out ulong middle, out ulong high)
            {
                var length = id.Length;
                ulong first = 0, second = 0, third = 0;
                var seen = 0;
                if (length <= MaxPackedLength)
                {
                    var i = 0;
                    for (var end = length < 8 ? length : 8; i < end; i++)
                    {
                        int character = id[i];
                        seen |= character;
                        first = (first << 8) | (uint)character;
                    }

                    for (var end = length < 16 ? length : 16; i < end; i++)
                    {
                        int character = id[i];
                        seen |= character;
                        second = (second << 8) | (uint)character;
                    }

                    for (; i < length; i++)
                    {
                        int character = id[i];
                        seen |= character;
                        third = (third << 8) | (uint)character;
                    }
                }

                low = first;
                middle = second;
                high = third | ((ulong)length << 56);
                return length <= MaxPackedLength && seen <= 0xFF;
            }

            // A multiply-xor hash of the three numbers; its top bits pick the first slot (Fibonacci hashing).
            private int FirstSlot(ulong low, ulong middle, ulong high)
            {
                var hash = (((low * 0x9E3779B97F4A7C15UL) ^ middle) * 0xC2B2AE3D27D4EB4FUL ^ high) * 0x165667B19E3779F9UL;
                return (int)(hash >> (64 - _slotBits));
            }

            private void Place(Slot entry)
            {
                var mask = _slots.Length - 1;
                var index = FirstSlot(entry.Low, entry.Middle, entry.High);
                while (_slots[index].Value != null)
                {
                    index = (index + 1) & mask;
                }

                _slots[index] = entry;
            }

            // Twice the slots, every id placed again.
            private void Grow()
            {
                var old = _slots;
                _slotBits++;
                _slots = new Slot[1 << _slotBits];
                for (var i = 0; i < old.Length; i++)
                {
                    if (old[i].Value != null)
                    {
                        Place(old[i]);
                    }
                }
            }

            private struct Slot
            {
                public ulong Low;
                public ulong Middle;
                public ulong High;
                public TValue/*?*/ Value;
            }
        }
    }
}
