using System;
using System.Collections.Generic;
using System.Linq;

namespace PfocrGen.Naming;

/// <summary>A record value that needs a member name, with what disambiguates it when its name is taken.</summary>
/// <param name="Raw">The value as written in the record (figid, PMCID, gene symbol).</param>
/// <param name="Suffix">Appended (after <c>_</c>) when the name collides: the Entrez id for genes, a hash for figures.</param>
/// <param name="Preferred">Wins a tie between equal exact names (human genes over other organisms).</param>
/// <param name="Label">How a collision message names the value, e.g. <c>Homo sapiens 47</c> for a gene; the raw value when null.</param>
internal sealed record NameRequest<T>(string Raw, string Suffix, bool Preferred, T Owner, string? Label = null)
{
    public string Describe() => Label ?? Raw;
}

/// <summary>
/// A member name and, when it differs from the plain rule and should be reported (PFOCR010), why. Values that
/// share one name form a group (<paramref name="Group"/> &gt;= 0): the group is reported once, on its first renamed
/// value, with every competitor listed, so a name shared by many values is one diagnostic, not one per value.
/// </summary>
internal sealed record AssignedName<T>(NameRequest<T> Request, string Name, string? Reason, int Group = -1);

/// <summary>
/// Gives every request a distinct member name. A name belongs to the value whose sanitized form it is; when
/// several values sanitize to the same name, the one written exactly so keeps it (then a preferred one), and the
/// others get <c>_suffix</c>. So adding a record never renames another record's member unless the two names
/// really are ambiguous (docs/api.md, "Naming").
/// </summary>
internal static class MemberNameAssigner
{
    public static List<AssignedName<T>> Assign<T>(IEnumerable<NameRequest<T>> requests, ISet<string> reserved)
    {
        // Sorted by (name, raw value, suffix): each run of one name is a group, its members already in order.
        // Arrays and one sort instead of LINQ groupings: naming runs over every paper, figure and gene.
        var sorted = requests.Select(r => (Name: IdentifierNaming.Sanitize(r.Raw), Request: r)).ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byRaw = string.CompareOrdinal(a.Request.Raw, b.Request.Raw);
            return byRaw != 0 ? byRaw : string.CompareOrdinal(a.Request.Suffix, b.Request.Suffix);
        });

        var proposals = new List<AssignedName<T>>(sorted.Length);
        for (var start = 0; start < sorted.Length;)
        {
            var name = sorted[start].Name;
            var end = start + 1;
            while (end < sorted.Length && string.Equals(sorted[end].Name, name, StringComparison.Ordinal))
            {
                end++;
            }

            var members = new List<NameRequest<T>>(end - start);
            for (var i = start; i < end; i++)
            {
                members.Add(sorted[i].Request);
            }

            Propose(name, members, members.Count > 1 ? start : -1, reserved, proposals);
            start = end;
        }

        // Unsuffixed names claim first, so a suffix never takes a name that belongs to a value written so.
        var order = new int[proposals.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = proposals[a];
            var y = proposals[b];
            var byReason = (x.Reason is null ? 0 : 1).CompareTo(y.Reason is null ? 0 : 1);
            if (byReason != 0)
            {
                return byReason;
            }

            var byName = string.CompareOrdinal(x.Name, y.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byRaw = string.CompareOrdinal(x.Request.Raw, y.Request.Raw);
            return byRaw != 0 ? byRaw : a.CompareTo(b);
        });

        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var result = new List<AssignedName<T>>(proposals.Count);
        foreach (var index in order)
        {
            var proposal = proposals[index];
            var name = proposal.Name;
            var reason = proposal.Reason;
            while (!taken.Add(name))
            {
                name += "_";
                reason ??= "the name was already taken";
            }

            result.Add(name == proposal.Name ? proposal : proposal with { Name = name, Reason = reason });
        }

        return ReportGroupsOnce(result);
    }

    // A shared name is one PFOCR010, on the group's first renamed value, naming every competitor and its member.
    private static List<AssignedName<T>> ReportGroupsOnce<T>(List<AssignedName<T>> assigned)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < assigned.Count; i++)
        {
            if (assigned[i].Group >= 0)
            {
                if (!groups.TryGetValue(assigned[i].Group, out var members))
                {
                    groups.Add(assigned[i].Group, members = new List<int>());
                }

                members.Add(i);
            }
        }

        foreach (var members in groups.Values)
        {
            members.Sort((a, b) => CompareRequests(assigned[a].Request, assigned[b].Request));
            var renamed = members.Where(i => assigned[i].Reason is not null).Take(1).ToList();
            if (renamed.Count == 0)
            {
                continue;
            }

            var reported = renamed[0];
            var shared = IdentifierNaming.Sanitize(assigned[reported].Request.Raw);
            var listing = string.Join("; ", members.Select(i => assigned[i].Name == shared
                ? $"{assigned[i].Request.Describe()} keeps '{shared}'"
                : $"{assigned[i].Request.Describe()} is '{assigned[i].Name}'"));
            foreach (var i in members)
            {
                assigned[i] = assigned[i] with { Reason = i == reported ? $"{members.Count} values are named '{shared}': {listing}" : null };
            }
        }

        return assigned;
    }

    private static int CompareRequests<T>(NameRequest<T> a, NameRequest<T> b)
    {
        var byRaw = string.CompareOrdinal(a.Raw, b.Raw);
        return byRaw != 0 ? byRaw : string.CompareOrdinal(a.Suffix, b.Suffix);
    }

    private static void Propose<T>(string name, List<NameRequest<T>> members, int group, ISet<string> reserved, List<AssignedName<T>> proposals)
    {
        var winner = PickWinner(name, members);
        foreach (var request in members)
        {
            if (ReferenceEquals(request, winner))
            {
                var reason = IdentifierNaming.NeededPrefix(request.Raw, name) ? "the value does not start with a letter" : null;
                proposals.Add(reserved.Contains(name)
                    ? new AssignedName<T>(request, name + "_", $"'{name}' is a reserved member name", group)
                    : new AssignedName<T>(request, name, reason, group));
            }
            else
            {
                // The message is written once per group, when every member's final name is known.
                proposals.Add(new AssignedName<T>(request, name + "_" + request.Suffix, "collision", group));
            }
        }
    }

    private static NameRequest<T>? PickWinner<T>(string name, List<NameRequest<T>> members)
    {
        if (members.Count == 1)
        {
            return members[0];
        }

        var exact = members.Where(m => string.Equals(m.Raw, name, StringComparison.Ordinal)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var pool = exact.Count > 1 ? exact : members;
        var preferred = pool.Where(m => m.Preferred).ToList();
        return preferred.Count == 1 ? preferred[0] : null;
    }
}
