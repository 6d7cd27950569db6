using System.Threading;

namespace PfocrGen.Packing;

/// <summary>
/// The arrays 0, 1, …, n − 1, made once per length and shared by every caller: they are never written to (they go
/// into <see cref="Model.EquatableArray{T}"/>, which is read-only).
/// </summary>
internal static class Counting
{
    private static int[][] s_byLength = new int[64][];

    public static int[] UpTo(int length)
    {
        var known = Volatile.Read(ref s_byLength);
        if (length < known.Length && known[length] is { } shared)
        {
            return shared;
        }

        var made = new int[length];
        for (var i = 0; i < length; i++)
        {
            made[i] = i;
        }

        // Published by replacing the table (copy on write), so a reader never sees one half-updated; two threads
        // making the same length keep either array, which hold the same numbers.
        while (true)
        {
            var table = Volatile.Read(ref s_byLength);
            if (length < table.Length && table[length] is { } other)
            {
                return other;
            }

            var next = new int[System.Math.Max(table.Length, length + 1)][];
            System.Array.Copy(table, next, table.Length);
            next[length] = made;
            if (Interlocked.CompareExchange(ref s_byLength, next, table) == table)
            {
                return made;
            }
        }
    }
}
