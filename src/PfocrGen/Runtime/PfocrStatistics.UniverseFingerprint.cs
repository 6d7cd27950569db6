namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// Recognises a universe again without keeping or sorting it: the count and two order-independent sums of
        /// independently mixed ids. Equal sets of ids give equal fingerprints; different ones collide with
        /// probability about 2^-128 (a collision would reuse the wrong set sizes, so the mix is a strong one).
        /// </summary>
        internal struct UniverseFingerprint : IEquatable<UniverseFingerprint>
        {
            private readonly long _count;
            private readonly ulong _first;
            private readonly ulong _second;

            private UniverseFingerprint(long count, ulong first, ulong second)
            {
                _count = count;
                _first = first;
                _second = second;
            }

            public static UniverseFingerprint Of(int[] ids)
            {
                ulong first = 0, second = 0;
                foreach (var id in ids)
                {
                    first += Mix((uint)id, 0x9E3779B97F4A7C15UL);
                    second += Mix((uint)id, 0xC2B2AE3D27D4EB4FUL);
                }

                return new UniverseFingerprint(ids.Length, first, second);
            }

            public bool Equals(UniverseFingerprint other) => _count == other._count && _first == other._first && _second == other._second;

            public override bool Equals(object/*?*/ obj) => obj is UniverseFingerprint other && Equals(other);

            public override int GetHashCode() => (int)_first;

            // SplitMix64's finaliser: every input bit changes about half of the output bits.
            private static ulong Mix(ulong value, ulong seed)
            {
                var z = value + seed;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
