using System;
using System.Collections.Generic;
using PfocrGen.Model;
using PfocrGen.Parsing;
using PfocrGen.Packing;

namespace PfocrGen.Building;

/// <summary>
/// Adds a figure's GMT lines (<see cref="FigureDraft.GeneSets"/>) to its mentions. A record's own mentions come
/// first and stay as they are: they carry the match evidence, so a gene the record lists is never added again
/// from a GMT (and stays out when <c>PfocrGenGeneSources</c> filters its mention out). Then, line by line in
/// ordinal path order, each gene or chemical not yet present is added; a gene keeps the organism of its file.
/// </summary>
internal static class GeneSetMerge
{
    public static void Apply(FigureDraft figure, GeneratorOptions options)
    {
        var gmtOnly = figure.Record.GeneSet is not null;
        if (figure.GeneSets.Count == 0 || (gmtOnly && figure.GeneSets.Count == 1))
        {
            return; // a single GMT line's segments were encoded with it
        }

        MergeGenes(figure, gmtOnly, options);
        MergeChemicals(figure, gmtOnly);
        if (gmtOnly)
        {
            MergeOrganisms(figure);
        }
    }

    private static void MergeGenes(FigureDraft figure, bool gmtOnly, GeneratorOptions options)
    {
        if (gmtOnly && OnlyLine(figure, static line => line.Record.Genes?.Count ?? 0) is { } only)
        {
            // One gene file lists the figure (the others are chemical files): its line, encoded with it, is the
            // union. Most release figures are like this, and re-encoding them was most of this step.
            figure.GeneMentions = only.Record.Genes!.Value;
            figure.GeneDigest = only.GeneDigest;
            figure.Genes = only.Genes;
            figure.MentionFiles.Add((0, only.Record.Path));
            return;
        }

        var mentions = Union(figure, gmtOnly, figure.GeneMentions, static line => line.Genes, static m => m.EntrezId, EqualityComparer<int>.Default, figure.MentionFiles, out var sole);
        if (mentions is not { } merged)
        {
            return;
        }

        figure.GeneMentions = merged;
        if (sole is not null)
        {
            // Every gene is on one line (the other gene files list a subset): that line, encoded with it, is the union.
            figure.GeneDigest = sole.GeneDigest;
            figure.Genes = sole.Genes;
            return;
        }

        figure.GeneDigest = GeneDigests.Of(merged, options);
        figure.Genes = merged.Count == 0 && gmtOnly ? null : SegmentEncoder.EncodeGenes(GeneSources.Filter(merged, options));
    }

    private static void MergeChemicals(FigureDraft figure, bool gmtOnly)
    {
        if (gmtOnly && OnlyLine(figure, static line => line.Record.Chemicals?.Count ?? 0) is { } only)
        {
            figure.ChemicalMentions = only.Record.Chemicals!.Value;
            figure.Chemicals = only.Chemicals;
            return;
        }

        var mentions = Union(figure, gmtOnly, figure.ChemicalMentions, static line => line.Chemicals, static m => m.Key, StringComparer.OrdinalIgnoreCase, null, out var sole);
        if (mentions is not { } merged)
        {
            return;
        }

        figure.ChemicalMentions = merged;
        figure.Chemicals = sole is not null ? sole.Chemicals : merged.Count == 0 ? null : SegmentEncoder.EncodeEntities(merged);
    }

    /// <summary>
    /// The figure's own mentions (none for a GMT-only figure), then each line's mentions of keys not yet present;
    /// <see langword="null"/> when the lines add nothing to a record's mentions. <paramref name="files"/>, when given,
    /// records where each line's added mentions start. <paramref name="sole"/> is, for a GMT-only figure, the one
    /// line whose mentions are the whole union in its own order (the others add nothing), so that line's encoding
    /// serves as the union's; else <see langword="null"/>.
    /// </summary>
    private static EquatableArray<T>? Union<T, TKey>(
        FigureDraft figure,
        bool gmtOnly,
        EquatableArray<T> own,
        Func<FigureRecord, EquatableArray<T>?> ofLine,
        Func<T, TKey> key,
        IEqualityComparer<TKey> comparer,
        List<(int Start, string Path)>? files,
        out EncodedFigure? sole)
        where T : IEquatable<T>
    {
        sole = null;
        var contributors = 0;
        var mentions = new List<T>(gmtOnly ? 0 : own.Count);
        var seen = new HashSet<TKey>(comparer);
        if (!gmtOnly)
        {
            foreach (var mention in own)
            {
                mentions.Add(mention);
                seen.Add(key(mention));
            }
        }

        var added = false;
        foreach (var line in figure.GeneSets)
        {
            var start = mentions.Count;
            foreach (var mention in ofLine(line.Record) ?? EquatableArray<T>.Empty)
            {
                if (seen.Add(key(mention)))
                {
                    mentions.Add(mention);
                }
            }

            if (mentions.Count > start)
            {
                files?.Add((start, line.Record.Path));
                added = true;
                contributors++;
                sole = line;
            }
        }

        // The line's list equals the union only if the union dropped none of its mentions (a line lists a key once
        // by its own comparison, which for chemicals is stricter than the union's).
        if (gmtOnly && contributors == 1 && ofLine(sole!.Record) is { } whole && whole.Count == mentions.Count)
        {
            return whole;
        }

        sole = null;
        return added || gmtOnly ? mentions.ToEquatableArray() : null;
    }

    /// <summary>
    /// The figure's one line with members of a kind (<paramref name="count"/> above zero); <see langword="null"/>
    /// when none or several lines have them, which the union handles.
    /// </summary>
    private static EncodedFigure? OnlyLine(FigureDraft figure, Func<EncodedFigure, int> count)
    {
        EncodedFigure? only = null;
        foreach (var line in figure.GeneSets)
        {
            if (count(line) > 0)
            {
                if (only is not null)
                {
                    return null;
                }

                only = line;
            }
        }

        return only;
    }

    // A GMT-only figure lists the species of every gene file it is in (its title line's file gave only one).
    private static void MergeOrganisms(FigureDraft figure)
    {
        var organisms = new List<string>();
        foreach (var line in figure.GeneSets)
        {
            foreach (var organism in line.Record.Organisms)
            {
                if (!organisms.Contains(organism))
                {
                    organisms.Add(organism);
                }
            }
        }

        if (organisms.Count != figure.Record.Organisms.Count)
        {
            var record = figure.Record with { Organisms = organisms.ToEquatableArray() };
            figure.Encoded = figure.Encoded with { Meta = SegmentEncoder.EncodeMeta(record) };
        }
    }
}
