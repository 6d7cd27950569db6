using System;
using System.Collections.Generic;

namespace PfocrGen.IdChecking;

/// <summary>
/// The ids nearest to one that is not known: those equal to it ignoring case first, then those within a small
/// edit distance (case ignored), nearest first. The distance is bounded, and a candidate is given up as soon as
/// it cannot be within the bound, so a search over 100k ids stays in the tens of milliseconds.
/// </summary>
internal static class NearestIds
{
    /// <summary>The largest edit distance offered: one edit per four characters, at least 1, at most 4.</summary>
    public static int MaxDistance(string query) => Math.Max(1, Math.Min(4, query.Length / 4));

    public static List<string> Find(string query, IEnumerable<string> candidates, int limit)
    {
        var bound = MaxDistance(query);
        var caseVariants = new List<string>();
        var near = new List<(int Distance, string Id)>();
        var row = new int[query.Length + 1];
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, query, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(candidate, query, StringComparison.OrdinalIgnoreCase))
            {
                caseVariants.Add(candidate);
                continue;
            }

            var distance = Distance(query, candidate, bound, row);
            if (distance <= bound)
            {
                near.Add((distance, candidate));
            }
        }

        caseVariants.Sort(StringComparer.Ordinal);
        near.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Id, b.Id));
        var result = new List<string>(limit);
        foreach (var id in caseVariants)
        {
            if (result.Count < limit)
            {
                result.Add(id);
            }
        }

        foreach (var (_, id) in near)
        {
            if (result.Count < limit)
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>Levenshtein distance ignoring case, or <c>bound + 1</c> once it is certain to exceed <paramref name="bound"/>.</summary>
    internal static int Distance(string a, string b, int bound, int[] row)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        // row[i]: distance between a[..i] and b[..j] for the current j.
        for (var i = 0; i <= a.Length; i++)
        {
            row[i] = i;
        }

        for (var j = 1; j <= b.Length; j++)
        {
            var diagonal = row[0];
            row[0] = j;
            var rowMinimum = row[0];
            var bj = char.ToUpperInvariant(b[j - 1]);
            for (var i = 1; i <= a.Length; i++)
            {
                var above = row[i];
                var cost = char.ToUpperInvariant(a[i - 1]) == bj ? 0 : 1;
                row[i] = Math.Min(Math.Min(row[i - 1] + 1, above + 1), diagonal + cost);
                diagonal = above;
                rowMinimum = Math.Min(rowMinimum, row[i]);
            }

            // Distances never shrink from one row to the next: once every cell is over the bound, so is the end.
            if (rowMinimum > bound)
            {
                return bound + 1;
            }
        }

        return row[a.Length];
    }
}
