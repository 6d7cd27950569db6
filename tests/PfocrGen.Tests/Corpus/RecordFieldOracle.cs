using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PfocrGen.Tests.Corpus;

/// <summary>
/// An independent reading of every record's metadata fields (issue #22) and of its chemical, disease and gene
/// mentions, to check the generated <c>Figure</c> and <c>Paper</c> properties against. The front matter is read
/// with YamlDotNet's representation model, not the generator's own reader, and tables with plain string splits;
/// the rules of the spec (/work/spec22.md) are applied here afresh, so a shared mistake would have to be made twice.
/// </summary>
internal static partial class RecordFieldOracle
{
    private const string RNa = ".na.character";

    /// <summary>The expected fields of every figure record (<c>.md</c>) among <paramref name="files"/>, in path order.</summary>
    public static IReadOnlyList<ExpectedFigure> Figures(IReadOnlyList<(string Path, string Text)> files)
    {
        var tables = files
            .Where(f => f.Path.EndsWith(".tsv", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f.Path), f => f.Text, StringComparer.Ordinal);

        return files
            .Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Figure(f.Path, f.Text, tables))
            .ToList();
    }

    /// <summary>
    /// Each paper (figures grouped by <c>pmcid</c>) with the DOI, journal title and year of the first of its figures,
    /// in figure id ordinal order, that has one.
    /// </summary>
    public static IReadOnlyList<ExpectedPaper> Papers(IReadOnlyList<ExpectedFigure> figures) =>
        figures
            .GroupBy(f => f.Pmcid, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
                return new ExpectedPaper(
                    g.Key,
                    ordered.Select(f => f.Id).ToList(),
                    ordered.Select(f => f.Doi).FirstOrDefault(v => v is not null),
                    ordered.Select(f => f.JournalTitle).FirstOrDefault(v => v is not null),
                    ordered.Select(f => f.Year).FirstOrDefault(v => v is not null));
            })
            .ToList();

    /// <summary>
    /// The records on which PFOCR025 is due: a later figure of a paper (figure id order) whose DOI (ignoring case),
    /// journal title or year differs from the value that wins, the first one present.
    /// </summary>
    public static IReadOnlyList<string> DisagreeingRecords(IReadOnlyList<ExpectedFigure> figures)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var paper in figures.GroupBy(f => f.Pmcid, StringComparer.Ordinal))
        {
            var ordered = paper.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
            Disagreeing(ordered, f => f.Doi, StringComparer.OrdinalIgnoreCase, paths);
            Disagreeing(ordered, f => f.JournalTitle, StringComparer.Ordinal, paths);
            Disagreeing(ordered, f => f.Year?.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal, paths);
        }

        return paths.ToList();
    }

    private static void Disagreeing(List<ExpectedFigure> ordered, Func<ExpectedFigure, string?> value, StringComparer comparer, SortedSet<string> paths)
    {
        string? winner = null;
        foreach (var figure in ordered)
        {
            var own = value(figure);
            if (own is null)
            {
                continue;
            }

            if (winner is null)
            {
                winner = own;
            }
            else if (!comparer.Equals(winner, own))
            {
                paths.Add(figure.Path);
            }
        }
    }

    private static ExpectedFigure Figure(string path, string text, Dictionary<string, string> tables)
    {
        var root = CorpusOracle.FrontMatter(text);
        var id = Text(root, "figid") ?? throw new InvalidDataException($"{path} has no figid");
        var pmcid = Text(root, "pmcid") ?? throw new InvalidDataException($"{path} has no pmcid");

        var scoreText = Text(root, "automl_pathway") ?? Text(root, "pathway_score");
        var score = scoreText is not null
            && double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed) && parsed >= 0 && parsed <= 1
                ? parsed
                : (double?)null;

        var filename = Text(root, "filename");
        var ndex = Text(root, "ndex");
        var wpid = Text(root, "wpid");

        return new ExpectedFigure(
            path,
            id,
            pmcid,
            Doi: Text(root, "doi"),
            JournalTitle: Text(root, "journal_title"),
            JournalAbbreviation: Text(root, "journal_nlm_ta"),
            Publisher: Text(root, "publisher_name"),
            Keywords: Keywords(Text(root, "keywords")),
            PathwayScoreText: scoreText,
            PathwayScore: score,
            FigureType: Text(root, "figtype"),
            ImageFileName: filename,
            ImageLink: filename is null ? null : "https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "/bin/" + Uri.EscapeDataString(filename),
            NdexId: ndex,
            NdexLink: ndex is null ? null : "https://www.ndexbio.org/viewer/networks/" + ndex,
            WikiPathwaysId: wpid,
            WikiPathwaysLink: wpid is null ? null : "https://www.wikipathways.org/instance/" + wpid,
            RecognizedOrganisms: Organisms(root),
            Annotations: Annotations(root),
            ChemicalMentions: tables.TryGetValue(id + "-chemicals.tsv", out var chemicals)
                ? TableEntities(chemicals, "chebi")
                : ListEntities(root, "chemicals"),
            DiseaseMentions: tables.TryGetValue(id + "-diseases.tsv", out var diseases)
                ? TableEntities(diseases, "doid")
                : ListEntities(root, "diseases"),
            GeneMatches: tables.TryGetValue(id + "-genes.tsv", out var genes) ? TableGeneMatches(genes) : ListGeneMatches(root),
            Year: Year(Text(root, "year")));
    }

    /// <summary>A scalar field, trimmed; null when absent: no key, empty or blank, <c>''</c> or <c>.na.character</c>.</summary>
    private static string? Text(YamlMappingNode mapping, string key)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        var value = (node as YamlScalarNode ?? throw new InvalidDataException($"'{key}' is not a scalar but {node.NodeType}")).Value?.Trim();
        return string.IsNullOrEmpty(value) || value == RNa ? null : value;
    }

    /// <summary>Split on '|'; each item's whitespace runs (line breaks too) made one space, trimmed; empty items dropped.</summary>
    private static List<string> Keywords(string? keywords) =>
        keywords is null
            ? []
            : keywords.Split('|')
                .Select(k => Whitespace().Replace(k, " ").Trim())
                .Where(k => k.Length > 0)
                .ToList();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();

    private static List<string> Organisms(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("organisms_ner"), out var node))
        {
            return [];
        }

        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        return items
            .Select(item => (item as YamlScalarNode ?? throw new InvalidDataException($"an organisms_ner item is {item.NodeType}")).Value?.Trim() ?? string.Empty)
            .Where(item => item is not ("NA" or "" or RNa))
            .ToList();
    }

    private static List<(string Type, string Value)> Annotations(YamlMappingNode root) =>
        Mappings(root, "annotations")
            .Select(annotation => (Text(annotation, "type") ?? string.Empty, Text(annotation, "value") ?? string.Empty))
            .ToList();

    private static IEnumerable<YamlMappingNode> Mappings(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Children.Cast<YamlMappingNode>()
            : [];

    /// <summary>v1/v2 front-matter entries <c>{word, source, identifier}</c>: no match; an entity only with an identifier.</summary>
    private static List<ExpectedMention> ListEntities(YamlMappingNode root, string key) =>
        Mappings(root, key)
            .Select(entry => new ExpectedMention(
                Raw(entry, "word"),
                string.Empty,
                HasEntity: Text(entry, "identifier") is { } identifier && identifier != "NA"))
            .ToList();

    /// <summary>v1/v2 front-matter genes: entries with a positive <c>entrez</c>; the match is the <c>symbol</c> field.</summary>
    private static List<string> ListGeneMatches(YamlMappingNode root) =>
        Mappings(root, "genes")
            .Where(entry => int.TryParse(Text(entry, "entrez"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            .Select(entry => Text(entry, "symbol") ?? string.Empty)
            .ToList();

    /// <summary>A scalar as YamlDotNet reads it (not trimmed), "" when missing.</summary>
    private static string Raw(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value ?? string.Empty : string.Empty;

    /// <summary>Every row of a chemicals/diseases table: the word as written; match with NA as ""; an entity unless both ids are NA/empty.</summary>
    private static List<ExpectedMention> TableEntities(string table, string otherIdColumn)
    {
        var (header, rows) = Table(table);
        var word = Column(header, "word");
        var match = Array.IndexOf(header, "match");
        var mesh = Column(header, "mesh");
        var other = Column(header, otherIdColumn);
        return rows
            .Select(cells => new ExpectedMention(
                cells[word],
                match < 0 || cells[match].Trim() == "NA" ? string.Empty : cells[match],
                HasEntity: !(NoId(cells[mesh]) && NoId(cells[other]))))
            .ToList();

        static bool NoId(string cell) => cell.Trim() is "" or "NA";
    }

    /// <summary>The match cell, as written, of every genes-table row that has a gene id (NA in ncbigene_id is no mention).</summary>
    private static List<string> TableGeneMatches(string table)
    {
        var (header, rows) = Table(table);
        var id = Column(header, "ncbigene_id");
        var match = Array.IndexOf(header, "match");
        var mentions = rows.Where(cells => cells[id] != "NA").ToList();
        if (mentions.FirstOrDefault(cells => !int.TryParse(cells[id], NumberStyles.None, CultureInfo.InvariantCulture, out var entrez) || entrez <= 0) is { } bad)
        {
            // Every id in the corpus is NA or a positive number; another kind of cell would need the spec's word first.
            throw new InvalidDataException($"a genes-table row has the gene id '{bad[id]}'");
        }

        return mentions.Select(cells => match >= 0 ? cells[match] : string.Empty).ToList();
    }

    private static (string[] Header, List<string[]> Rows) Table(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Select(line => line.Split('\t')).ToList();
        if (rows.FirstOrDefault(cells => cells.Length != header.Length) is { } bad)
        {
            // The corpus has no ragged rows; if one appears, what the generator should do with it is a separate question.
            throw new InvalidDataException($"a table row has {bad.Length} cells, the header {header.Length}: {string.Join("\\t", bad)}");
        }

        return (header, rows);
    }

    private static int Column(string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 ? index : throw new InvalidDataException($"the table has no '{name}' column");
    }

    private static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1800 && year <= 2200 ? year : null;
}

/// <summary>A chemical or disease mention as the raw row/entry gives it: word, match, and whether it names an entity.</summary>
internal sealed record ExpectedMention(string Word, string Match, bool HasEntity);

/// <summary>What the spec says one figure record's new properties are (links as absolute URI strings).</summary>
internal sealed record ExpectedFigure(
    string Path,
    string Id,
    string Pmcid,
    string? Doi,
    string? JournalTitle,
    string? JournalAbbreviation,
    string? Publisher,
    IReadOnlyList<string> Keywords,
    string? PathwayScoreText,
    double? PathwayScore,
    string? FigureType,
    string? ImageFileName,
    string? ImageLink,
    string? NdexId,
    string? NdexLink,
    string? WikiPathwaysId,
    string? WikiPathwaysLink,
    IReadOnlyList<string> RecognizedOrganisms,
    IReadOnlyList<(string Type, string Value)> Annotations,
    IReadOnlyList<ExpectedMention> ChemicalMentions,
    IReadOnlyList<ExpectedMention> DiseaseMentions,
    IReadOnlyList<string> GeneMatches,
    int? Year)
{
    /// <summary>A score is written but is not a finite number in [0, 1]: PFOCR024 is due on this record.</summary>
    public bool HasInvalidScore => PathwayScoreText is not null && PathwayScore is null;
}

/// <summary>What the spec says one paper's DOI, journal title and year are, with its figure ids in ordinal order.</summary>
internal sealed record ExpectedPaper(string Pmcid, IReadOnlyList<string> FigureIds, string? Doi, string? JournalTitle, int? Year);
