namespace Pfocr
{
    /// <summary>
    /// The contract between this runtime and the data files PfocrGen writes for each project
    /// (<c>PfocrGen.Index.g.cs</c>, <c>PfocrGen.Shard{n}.g.cs</c>). This file is the only runtime file that names
    /// their members; they must declare, in <c>PfocrTables</c>:
    /// <list type="bullet">
    /// <item><c>private const string IndexText, PaperDataText, GeneDataText, EntityDataText</c>: the figure index
    /// and the paper, gene and entity tables, packed (two bytes per char);</item>
    /// <item><c>private const int ShardCount</c>, and for each shard n below it <c>private const string
    /// Shard{n}Data</c>: the figures' data;</item>
    /// <item><c>private static string ShardConstantName(int shard)</c>: <c>nameof(Shard{n}Data)</c> for shard n.</item>
    /// </list>
    /// The generator's side of the contract is <c>Emitting/RuntimeContract.cs</c>.
    /// </summary>
    internal static partial class PfocrTables
    {
        private static string Index => Unpack(0, nameof(IndexText));

        private static string PaperData => Unpack(1, nameof(PaperDataText));

        private static string GeneData => Unpack(2, nameof(GeneDataText));

        private static string EntityData => Unpack(3, nameof(EntityDataText));

        private static string Shard(int shard) => Unpack(TableConstants + shard, ShardConstantName(shard));
    }
}
