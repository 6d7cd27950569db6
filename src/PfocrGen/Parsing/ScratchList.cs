using System;
using System.Collections.Generic;

namespace PfocrGen.Parsing;

/// <summary>
/// A list each thread keeps for building one file's results. A table's row count is not known until it has been
/// read, so a fresh list would grow by doubling (and copying) for every table; this one has already grown, and the
/// result is copied out once, at its exact size.
/// </summary>
internal static class ScratchList<T>
{
    // A list that grew for one huge file is dropped rather than kept for the life of the thread.
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static List<T>? t_spare;

    public static List<T> Rent()
    {
        var list = t_spare ?? new List<T>(64);
        t_spare = null;
        return list;
    }

    /// <summary>The items at exact size; the list goes back, empty, to this thread's spare.</summary>
    public static T[] ToArrayAndReturn(List<T> list)
    {
        var items = list.ToArray();
        list.Clear();
        if (list.Capacity <= MaxKeptCapacity)
        {
            t_spare = list;
        }

        return items;
    }
}
