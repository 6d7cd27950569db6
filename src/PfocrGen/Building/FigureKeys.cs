using System;
using System.Collections.Generic;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// Gives the records' aliases to their figures and the GMT lines to the figure they name. A figure is found by its
/// figid first, then by an alias; a GMT name that names no record's figure becomes a figure of its own, with the
/// name as its id. Every choice is made in ordinal path order, so the outcome does not depend on file order.
/// </summary>
internal static class FigureKeys
{
    /// <summary>
    /// Adds the records' aliases (<paramref name="records"/> by figid) and the GMT lines of
    /// <paramref name="lines"/> to the figures; returns the figures made from GMT lines alone.
    /// </summary>
    public static List<FigureDraft> Join(DatasetDraft dataset, Dictionary<string, FigureDraft> records, List<EncodedFigure> lines)
    {
        var aliases = AddAliases(dataset, records);
        var gmtOnly = new List<FigureDraft>();
        foreach (var group in ByName(dataset, lines))
        {
            var name = group[0].Record.Id;
            if (!records.TryGetValue(name, out var figure) && !aliases.TryGetValue(name, out figure))
            {
                figure = new FigureDraft(TitleLine(group));
                records.Add(name, figure);
                gmtOnly.Add(figure);
            }
            else if (!string.Equals(name, figure.Record.Id, StringComparison.Ordinal) && !figure.Aliases.Contains(name))
            {
                figure.Aliases.Add(name);
            }

            foreach (var line in group)
            {
                figure.GeneSets.Add(line);
            }
        }

        return gmtOnly;
    }

    // A record's alias names its figure unless it is another figure's id or an alias an earlier path already claims.
    private static Dictionary<string, FigureDraft> AddAliases(DatasetDraft dataset, Dictionary<string, FigureDraft> records)
    {
        // Mostly every alias is its figure's own and names nothing else: then the order they are taken in cannot
        // matter, and the sort by path below (10,000 path comparisons and more on every record edit) is not needed.
        if (UncontestedAliases(records) is { } uncontested)
        {
            return uncontested;
        }

        var withAlias = new List<FigureDraft>();
        foreach (var figure in records.Values)
        {
            if (figure.Record.Alias.Length > 0 && !string.Equals(figure.Record.Alias, figure.Record.Id, StringComparison.Ordinal))
            {
                withAlias.Add(figure);
            }
        }

        withAlias.Sort(static (a, b) => string.CompareOrdinal(a.Record.Path, b.Record.Path));
        var owners = new Dictionary<string, FigureDraft>(withAlias.Count, StringComparer.Ordinal);
        foreach (var figure in withAlias)
        {
            var record = figure.Record;
            if (records.TryGetValue(record.Alias, out var other) || owners.TryGetValue(record.Alias, out other))
            {
                var taken = other.Record;
                var takenPosition = string.Equals(taken.Id, record.Alias, StringComparison.Ordinal) ? taken.IdPosition : taken.AliasPosition;
                dataset.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.AliasCollision, record.Path, record.AliasPosition, record.Alias, record.Id, taken.Id, taken.Path)
                    with { AdditionalPath = taken.Path, AdditionalPosition = takenPosition });
                continue;
            }

            owners.Add(record.Alias, figure);
            figure.Aliases.Add(record.Alias);
        }

        return owners;
    }

    /// <summary>
    /// The aliases by name when none is another figure's id or another record's alias, each added to its figure;
    /// <see langword="null"/>, with nothing added, when some alias is contested (the sorted path decides those).
    /// </summary>
    private static Dictionary<string, FigureDraft>? UncontestedAliases(Dictionary<string, FigureDraft> records)
    {
        var owners = new Dictionary<string, FigureDraft>(StringComparer.Ordinal);
        foreach (var figure in records.Values)
        {
            var alias = figure.Record.Alias;
            if (alias.Length == 0 || string.Equals(alias, figure.Record.Id, StringComparison.Ordinal))
            {
                continue;
            }

            if (records.ContainsKey(alias) || owners.ContainsKey(alias))
            {
                return null;
            }

            owners.Add(alias, figure);
        }

        foreach (var owned in owners)
        {
            owned.Value.Aliases.Add(owned.Key);
        }

        return owners;
    }

    // Lines of one name from files of one kind and species conflict: the ordinally first path (then line) is kept,
    // and the others are reported (PFOCR004). The kept lines of a name are grouped, in ordinal path order. A name
    // has a line or two (one per file that lists it), so a group is searched for a line of the same source rather
    // than keyed by (name, kind, species): one lookup by name per line instead of two.
    private static List<EncodedFigure>[] ByName(DatasetDraft dataset, List<EncodedFigure> lines)
    {
        var groups = new Dictionary<string, List<EncodedFigure>>(lines.Count, StringComparer.Ordinal);
        var losers = new List<FigureRecord>();
        foreach (var line in lines)
        {
            var record = line.Record;
            if (!groups.TryGetValue(record.Id, out var group))
            {
                groups.Add(record.Id, new List<EncodedFigure>(2) { line });
                continue;
            }

            var same = SameSource(group, record.GeneSet!);
            if (same < 0)
            {
                group.Add(line);
            }
            else if (Precedes(record, group[same].Record))
            {
                losers.Add(group[same].Record);
                group[same] = line;
            }
            else
            {
                losers.Add(record);
            }
        }

        ReportConflicts(dataset, losers, groups);

        // Sorted by key with the framework's precompiled ordinal comparer: a comparison lambda here was called 2
        // million times at release size, much of it before the JIT had optimized it (the generator's code is new
        // to every compiler process).
        var names = new string[groups.Count];
        var ordered = new List<EncodedFigure>[groups.Count];
        var index = 0;
        foreach (var group in groups)
        {
            if (group.Value.Count > 1)
            {
                group.Value.Sort(static (a, b) => string.CompareOrdinal(a.Record.Path, b.Record.Path));
            }

            names[index] = group.Key;
            ordered[index++] = group.Value;
        }

        Array.Sort(names, ordered, StringComparer.Ordinal);
        return ordered;
    }

    /// <summary>The index of the group's line from a file of <paramref name="source"/>'s kind and species; -1 for none.</summary>
    private static int SameSource(List<EncodedFigure> group, GeneSetSource source)
    {
        for (var i = 0; i < group.Count; i++)
        {
            var other = group[i].Record.GeneSet!;
            if (other.Kind == source.Kind && string.Equals(other.Organism, source.Organism, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ReportConflicts(DatasetDraft dataset, List<FigureRecord> losers, Dictionary<string, List<EncodedFigure>> groups)
    {
        losers.Sort(static (a, b) => Precedes(a, b) ? -1 : Precedes(b, a) ? 1 : 0);
        foreach (var loser in losers)
        {
            // The final winner, not the line met first: a file met later may precede it.
            var group = groups[loser.Id];
            var first = group[SameSource(group, loser.GeneSet!)].Record;
            dataset.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateFigureId, loser.Path, loser.IdPosition, loser.Id, first.Path)
                with { AdditionalPath = first.Path, AdditionalPosition = first.IdPosition });
        }
    }

    private static bool Precedes(FigureRecord a, FigureRecord b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath < 0 : a.IdPosition.Start < b.IdPosition.Start;
    }

    /// <summary>A GMT-only figure's title (and so its doc) comes from the first line, in ordinal path order, that has one.</summary>
    private static EncodedFigure TitleLine(List<EncodedFigure> group)
    {
        foreach (var line in group)
        {
            if (line.Record.Title.Length > 0)
            {
                return line;
            }
        }

        return group[0];
    }
}
