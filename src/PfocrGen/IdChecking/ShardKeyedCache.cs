using System;
using System.Runtime.CompilerServices;

namespace PfocrGen.IdChecking;

/// <summary>
/// One value computed from all the figure shard constants of a dataset, shared by every compilation over the same
/// generated shards. Keyed weakly on the first shard constant and checked against every other one: a shard changes
/// without the index or the first shard (an edited caption or gene table), and the shards run to megabytes, so only
/// the very same string objects count as the same data (an unchanged generated file keeps its constants').
/// </summary>
internal sealed class ShardKeyedCache<T>
    where T : class
{
    private readonly ConditionalWeakTable<string, Entry> _byFirstShard = new();
    private readonly Func<string[], T> _compute;

    public ShardKeyedCache(Func<string[], T> compute)
    {
        _compute = compute;
    }

    public T Get(string[] shards)
    {
        if (shards.Length == 0)
        {
            return _compute(shards);
        }

        lock (_byFirstShard)
        {
            if (_byFirstShard.TryGetValue(shards[0], out var cached) && SameInstances(cached.Shards, shards))
            {
                return cached.Value;
            }
        }

        // Computed outside the lock: two threads may both compute it once, but no reader waits on a long pass.
        var entry = new Entry(shards, _compute(shards));
        lock (_byFirstShard)
        {
            _byFirstShard.Remove(shards[0]);
            _byFirstShard.Add(shards[0], entry);
        }

        return entry.Value;
    }

    private static bool SameInstances(string[] cached, string[] read)
    {
        if (cached.Length != read.Length)
        {
            return false;
        }

        for (var i = 0; i < read.Length; i++)
        {
            if (!ReferenceEquals(cached[i], read[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Shards, T Value);
}
