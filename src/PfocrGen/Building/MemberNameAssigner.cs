using System;
using System.Collections.Generic;
using System.Linq;

namespace PfocrGen.Building;

/// <summary>A record value that needs a member name, with what disambiguates it when its name is taken.</summary>
/// <param name="Raw">The value as written in the record (figid, PMCID, gene symbol).</param>
/// <param name="Suffix">Appended (after <c>_</c>) when the name collides: the Entrez id for genes, a hash for figures.</param>
/// <param name="Preferred">Wins a tie between equal exact names (human genes over other organisms).</param>
internal sealed record NameRequest<T>(string Raw, string Suffix, bool Preferred, T Owner);

/// <summary>A member name and, when it differs from the plain rule, why (reported as PFOCR010).</summary>
internal sealed record AssignedName<T>(NameRequest<T> Request, string Name, string? Reason);

/// <summary>
/// Gives every request a distinct member name. A name belongs to the value whose sanitized form it is; when
/// several values sanitize to the same name, the one written exactly so keeps it (then a preferred one), and the
/// others get <c>_suffix</c>. So adding a record never renames another record's member unless the two names
/// really are ambiguous (README, "Naming").
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

            Propose(name, members, reserved, proposals);
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

            result.Add(name == proposal.Name ? proposal : new AssignedName<T>(proposal.Request, name, reason));
        }

        return result;
    }

    private static void Propose<T>(string name, List<NameRequest<T>> members, ISet<string> reserved, List<AssignedName<T>> proposals)
    {
        var winner = PickWinner(name, members);
        foreach (var request in members)
        {
            if (ReferenceEquals(request, winner))
            {
                var reason = IdentifierNaming.NeededPrefix(request.Raw, name) ? "the value does not start with a letter" : null;
                proposals.Add(reserved.Contains(name)
                    ? new AssignedName<T>(request, name + "_", $"'{name}' is a reserved member name")
                    : new AssignedName<T>(request, name, reason));
            }
            else
            {
                var other = winner?.Raw ?? string.Join("', '", members.Where(m => !ReferenceEquals(m, request)).Select(m => m.Raw).Distinct());
                proposals.Add(new AssignedName<T>(request, name + "_" + request.Suffix, $"'{name}' would collide with '{other}'"));
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
