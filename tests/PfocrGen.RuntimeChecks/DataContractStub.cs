namespace Pfocr
{
    using System;

    /// <summary>
    /// The data files' side of the contract (Runtime/PfocrTables.DataContract.cs) for an empty dataset: what
    /// PfocrGen.Index.g.cs declares when there are no records, so the runtime compiles on its own.
    /// </summary>
    internal static partial class PfocrTables
    {
        // Packed bytes, two per char: 0x23 is the varint 0 (no figures, papers, genes; no chemicals, no diseases).
        private const string IndexText = "\u0023";
        private const string PaperDataText = "\u0023";
        private const string GeneDataText = "\u0023";
        private const string EntityDataText = "\u2323";
        private const string Shard0Data = "\u0023";
        private const int ShardCount = 1;

        private static string ShardConstantName(int shard)
        {
            switch (shard)
            {
                case 0: return nameof(Shard0Data);
                default: throw new ArgumentOutOfRangeException(nameof(shard));
            }
        }
    }
}
