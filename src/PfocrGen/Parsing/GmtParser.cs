using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Parses a <c>.gmt</c> set file (one set per line: name, description, members, tab-separated), so PFOCR's release
/// files can drive the generator with no <c>.md</c> records. Each line becomes a figure: the name is its id (in a
/// release, the figure's alias), the description its title. The members are NCBI gene ids or chemical vocabulary
/// ids (<c>chebi:23981</c>), as the file's name says (<see cref="GmtFileName"/>) or, failing that, as its first
/// member looks; a gene file's genes belong to the species its name gives. Names in the WikiPathways style
/// (<c>title%source%id%organism</c>) are taken apart: the part that looks like a figid (<c>PMC…__…</c>) is the id,
/// the first part the title.
/// </summary>
internal static class GmtParser
{
    /// <summary>The match source of GMT mentions: a GMT carries no match evidence, so no source filter applies.</summary>
    public const string Source = "";

    public static ParsedFile Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics();

        // The lines go into this thread's list, which has already grown for the file before, and are copied out once.
        var figures = ScratchList<FigureRecord>.Rent();
        ParseFigures(path, text, diagnostics, figures, cancellationToken);
        return new ParsedFile(path, new EquatableArray<FigureRecord>(ScratchList<FigureRecord>.ToArrayAndReturn(figures)), null, diagnostics.ToEquatableArray());
    }

    private static void ParseFigures(string path, SourceText text, FileDiagnostics diagnostics, List<FigureRecord> figures, CancellationToken cancellationToken)
    {
        var positions = new FilePositions(text);
        if (diagnostics.ExceedsSize(path, text, positions, SafetyLimits.MaxGmtChars, "the GMT file's size"))
        {
            return;
        }

        var content = text.ToString();
        var (organism, named) = GmtFileName.Read(path);
        var kind = named ?? KindOfContent(content, positions);
        var source = new GeneSetSource(kind, organism, Taxa.TaxonomyIdOfReleaseSpecies(organism));
        var organisms = kind == GeneSetKind.Genes && organism.Length > 0 ? new EquatableArray<string>(new[] { organism }) : EquatableArray<string>.Empty;
        var rows = new TsvReader(content, positions);
        var members = new GmtFileMembers();
        var count = 0;
        while (rows.TryReadRow(out var row))
        {
            if ((++count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var name = row.Cells.Count < 2 ? string.Empty : row.Text(0, trim: true, known: null);
            if (name.Length == 0)
            {
                diagnostics.Malformed(path, row.Line, row.Line.Line + 1, static line =>
                    $"GMT line {line} needs a set name, a description and members, separated by tabs; the line is skipped");
                continue;
            }

            figures.Add(ReadSet(path, row, name, source, organisms, diagnostics, members));
        }
    }

    /// <summary>A file whose name does not say: chemical sets when its first member is a vocabulary id, else gene sets.</summary>
    private static GeneSetKind KindOfContent(string content, FilePositions positions)
    {
        var rows = new TsvReader(content, positions);
        while (rows.TryReadRow(out var row))
        {
            for (var column = 2; column < row.Cells.Count; column++)
            {
                var cell = row.Text(column).Trim();
                if (cell.Length > 0)
                {
                    return IsVocabularyId(cell) ? GeneSetKind.Chemicals : GeneSetKind.Genes;
                }
            }
        }

        return GeneSetKind.Genes;
    }

    private static FigureRecord ReadSet(
        string path,
        TsvReader.Row row,
        string name,
        GeneSetSource source,
        EquatableArray<string> organisms,
        FileDiagnostics diagnostics,
        GmtFileMembers members)
    {
        var (figid, title) = SplitName(name, row.Text(1, trim: true, known: null));
        var pmcid = members.Pmcid(figid, figid.IndexOf("__", StringComparison.Ordinal));

        // The source is part of the content: the same line in the zebrafish file means other genes than in the mouse
        // file. The canonical text is hashed as it is written (no string per line).
        var canonical = CanonicalHasher.Rent().Append(figid).Append('\t').Append(title)
            .Append('\t').Append(source.Kind == GeneSetKind.Genes ? 'g' : 'c').Append(source.Organism);
        EquatableArray<GeneMention>? genes = null;
        EquatableArray<EntityMention>? chemicals = null;
        if (source.Kind == GeneSetKind.Genes)
        {
            genes = ReadGenes(path, row, source, diagnostics, canonical, members);
        }
        else
        {
            chemicals = ReadChemicals(path, row, diagnostics, canonical, members);
        }

        // No link (the paper's page is made when read) and no record details: a GMT line has neither of its own.
        return new FigureRecord(
            path,
            figid,
            row.Cell(0),
            pmcid,
            Title: title,
            Link: string.Empty,
            Organisms: organisms,
            Genes: genes,
            Chemicals: chemicals,
            Digest: canonical.FinishDigest())
        {
            GeneSet = source,
        };
    }

    // A gene listed twice on one line is one member of the set: a GMT line has no words whose repeats could matter.
    private static EquatableArray<GeneMention> ReadGenes(
        string path, TsvReader.Row row, GeneSetSource source, FileDiagnostics diagnostics, CanonicalHasher canonical, GmtFileMembers members)
    {
        var genes = members.Genes;
        var seen = members.SeenIds;
        genes.Clear();
        seen.Clear();
        for (var column = 2; column < row.Cells.Count; column++)
        {
            // Plain digits are read in place (most cells); anything else takes the text path and its diagnostics.
            if (row.ReadId(column, out var entrezId) != IdCell.Positive)
            {
                var cell = row.Text(column).Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!Identifiers.TryParsePositive(cell, out entrezId))
                {
                    diagnostics.InvalidGeneId(path, row.Cell(column), "GMT gene id", cell);
                    continue;
                }
            }

            if (seen.Add(entrezId))
            {
                canonical.Append('\t').Append(entrezId);
                genes.Add(members.Gene(entrezId, source, row, column));
            }
        }

        return new EquatableArray<GeneMention>(genes.ToArray());
    }

    private static EquatableArray<EntityMention> ReadChemicals(
        string path, TsvReader.Row row, FileDiagnostics diagnostics, CanonicalHasher canonical, GmtFileMembers members)
    {
        var chemicals = members.Chemicals;
        var seen = members.SeenKeys;
        chemicals.Clear();
        seen.Clear();
        for (var column = 2; column < row.Cells.Count; column++)
        {
            // Looked up in place: a member listed before costs no substring.
            var (text, start, length) = row.Range(column);
            if (length == 0)
            {
                continue;
            }

            if (!members.TryGetChemical(text, start, length, out var cell, out var mention))
            {
                diagnostics.Malformed(path, row.Cell(column), cell, static cell =>
                    $"'{cell}' is not a chemical id of the form 'prefix:id' (such as chebi:15422 or mesh:D000255); this member is skipped");
                continue;
            }

            if (seen.Add(mention.Key))
            {
                canonical.Append('\t').Append(mention.Key);
                chemicals.Add(mention);
            }
        }

        return new EquatableArray<EntityMention>(chemicals.ToArray());
    }

    /// <summary><c>chebi:23981</c> → ChEBI id <c>CHEBI:23981</c>; <c>mesh:D000255</c> → MeSH id; other vocabularies as ChEBI's.</summary>
    internal static EntityMention ChemicalMention(string cell)
    {
        var colon = cell.IndexOf(':');
        var prefix = cell.Substring(0, colon).ToUpperInvariant();
        var id = Identifiers.Vocabulary(prefix, cell);
        return prefix == "MESH"
            ? new EntityMention(string.Empty, string.Empty, id, string.Empty)
            : new EntityMention(string.Empty, string.Empty, string.Empty, id);
    }

    /// <summary>A prefixed vocabulary id: letters (then letters, digits, <c>.</c>, <c>_</c>), a colon, a local id.</summary>
    internal static bool IsVocabularyId(string cell)
    {
        var colon = cell.IndexOf(':');
        if (colon < 1 || colon == cell.Length - 1 || !char.IsLetter(cell[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsLetterOrDigit(cell[i]) && cell[i] != '.' && cell[i] != '_')
            {
                return false;
            }
        }

        for (var i = colon + 1; i < cell.Length; i++)
        {
            if (char.IsWhiteSpace(cell[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Figid, string Title) SplitName(string name, string description)
    {
        if (name.IndexOf('%') < 0)
        {
            return (name, description);
        }

        var parts = name.Split('%');
        foreach (var part in parts)
        {
            if (part.StartsWith("PMC", StringComparison.Ordinal) && part.IndexOf("__", StringComparison.Ordinal) > 3)
            {
                return (part, ReferenceEquals(part, parts[0]) ? description : parts[0]);
            }
        }

        return (name, description);
    }
}
