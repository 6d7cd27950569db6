using PfocrGen.Naming;

namespace PfocrGen.Planning;

/// <summary>
/// How generated members and data are spread over files: by a stable hash of the item's key, so an edit to one
/// record changes the one file its key hashes to. The file count grows with the data (a power of two, about
/// 1,024 items a file, at most 64 files), so small projects get one file of each kind.
/// </summary>
internal static class Sharding
{
    private const int ItemsPerShard = 1024;
    private const int MaxShards = 64;

    public static int Count(int items)
    {
        var count = 1;
        while (count < MaxShards && count * ItemsPerShard < items)
        {
            count *= 2;
        }

        return count;
    }

    public static int Of(string key, int shardCount) => (int)(IdentifierNaming.StableHash(key) & (uint)(shardCount - 1));

    // Multiplicative hashing spreads consecutive Entrez ids over all shards.
    public static int Of(int key, int shardCount) => (int)((unchecked((uint)key * 2654435761u) >> 16) & (uint)(shardCount - 1));
}
