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
        var groups = requests
            .GroupBy(r => IdentifierNaming.Sanitize(r.Raw), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        var proposals = new List<AssignedName<T>>();
        foreach (var group in groups)
        {
            var members = group.OrderBy(r => r.Raw, StringComparer.Ordinal).ThenBy(r => r.Suffix, StringComparer.Ordinal).ToList();
            var winner = PickWinner(group.Key, members);
            foreach (var request in members)
            {
                if (ReferenceEquals(request, winner))
                {
                    var reason = IdentifierNaming.NeededPrefix(request.Raw, group.Key) ? "the value does not start with a letter" : null;
                    proposals.Add(reserved.Contains(group.Key)
                        ? new AssignedName<T>(request, group.Key + "_", $"'{group.Key}' is a reserved member name")
                        : new AssignedName<T>(request, group.Key, reason));
                }
                else
                {
                    var other = winner?.Raw ?? string.Join("', '", members.Where(m => !ReferenceEquals(m, request)).Select(m => m.Raw).Distinct());
                    proposals.Add(new AssignedName<T>(request, group.Key + "_" + request.Suffix, $"'{group.Key}' would collide with '{other}'"));
                }
            }
        }

        // Unsuffixed names claim first, so a suffix never takes a name that belongs to a value written so.
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var result = new List<AssignedName<T>>(proposals.Count);
        foreach (var proposal in proposals.OrderBy(p => p.Reason is null ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Request.Raw, StringComparer.Ordinal))
        {
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
