namespace PfocrGen.Emitting;

/// <summary>
/// The generator's side of the contract with the runtime (<c>Runtime/PfocrTables.DataContract.cs</c> lists it from
/// the runtime's side): the members of <c>PfocrTables</c> the data files declare and the runtime reads.
/// </summary>
internal static class RuntimeContract
{
    /// <summary>The packed tables of <c>PfocrGen.Index.g.cs</c>, in the runtime's slot order.</summary>
    public static readonly string[] TableConstants = { "IndexText", "PaperDataText", "GeneDataText", "EntityDataText" };

    public const string ShardCount = nameof(ShardCount);

    public const string ShardConstantName = nameof(ShardConstantName);

    /// <summary>The packed data of one figure shard, in <c>PfocrGen.Shard{n}.g.cs</c>.</summary>
    public static string ShardConstant(string shard) => "Shard" + shard + "Data";
}
