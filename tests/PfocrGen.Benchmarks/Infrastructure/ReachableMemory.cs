namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>The managed memory still reachable, after a full compacting collection: what a process keeps, not what it allocated.</summary>
internal static class ReachableMemory
{
    public static long Bytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
