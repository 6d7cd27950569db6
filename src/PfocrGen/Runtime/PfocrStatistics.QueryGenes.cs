namespace Pfocr
{
    using System.Collections.Generic;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// What the results of one query share: its distinct ids within the universe (n of them) and N. The set
        /// that <see cref="EnrichmentResult.OverlapGenes"/> looks ids up in is built on first use, since most
        /// callers never list the genes.
        /// </summary>
        internal sealed class QueryGenes
        {
            private readonly int[] _ids;
            private HashSet<int>/*?*/ _set;

            public QueryGenes(int[] ids, int count, int universeSize)
            {
                _ids = ids;
                Count = count;
                UniverseSize = universeSize;
            }

            /// <summary>n: the distinct query ids in the universe.</summary>
            public int Count { get; }

            /// <summary>N: the distinct ids of the universe.</summary>
            public int UniverseSize { get; }

            /// <summary>The query ids as a set. Any thread may build it; each build is complete before it is shared.</summary>
            public HashSet<int> Set
            {
                get
                {
                    var set = global::System.Threading.Volatile.Read(ref _set);
                    if (set == null)
                    {
                        set = new HashSet<int>();
                        for (var i = 0; i < Count; i++)
                        {
                            set.Add(_ids[i]);
                        }

                        global::System.Threading.Volatile.Write(ref _set, set);
                    }

                    return set;
                }
            }
        }
    }
}
