namespace PfocrGen.Tests.Properties;

/// <summary>
/// The real records of the shared corpus grouped by figid: each figure has one or more versions of its .md
/// (current layout, older layouts, variants) and, for the current layout, its sidecar tables. A batch takes one
/// version per figid, so batches never contain duplicate figids by construction.
/// </summary>
internal sealed class CorpusRecords
{
    private CorpusRecords(IReadOnlyList<CorpusFigure> figures) => Figures = figures;

    public IReadOnlyList<CorpusFigure> Figures { get; }

    public static CorpusRecords Load(string corpusDirectory)
    {
        var tables = Directory.GetFiles(Path.Combine(corpusDirectory, "new-format", "_data"), "*.tsv")
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        var figures = Directory.GetFiles(corpusDirectory, "*.md", SearchOption.AllDirectories)
            .Where(p => !string.Equals(Path.GetFileName(p), "README.md", StringComparison.Ordinal))
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CorpusFigure(
                g.Key,
                g.OrderBy(p => p, StringComparer.Ordinal).Select(p => (Current: p.Contains("new-format", StringComparison.Ordinal), Text: File.ReadAllText(p))).ToList(),
                tables.Where(t => Path.GetFileName(t).StartsWith(g.Key + "-", StringComparison.Ordinal))
                    .Select(t => (Name: Path.GetFileName(t), Text: File.ReadAllText(t)))
                    .ToList()))
            .ToList();

        return new CorpusRecords(figures);
    }

    /// <summary>
    /// The corpus <paramref name="copies"/> times over, each copy's figids made distinct by a suffix (kept after
    /// the <c>PMC…__</c> prefix, so pmcids still agree), for batches large enough to amortise one compile.
    /// </summary>
    public CorpusRecords Replicated(int copies) => new(Enumerable.Range(0, copies)
        .SelectMany(copy => Figures.Select(figure => copy == 0 ? figure : figure.Renamed($"{figure.Id}-copy{copy}")))
        .ToList());
}

/// <summary>One figure of the corpus: its versions and, for the current layout, its tables.</summary>
internal sealed record CorpusFigure(
    string Id,
    IReadOnlyList<(bool Current, string Text)> Versions,
    IReadOnlyList<(string Name, string Text)> Tables)
{
    /// <summary>The same figure under another figid: in its text (figid, aliases, links) and its tables' names.</summary>
    public CorpusFigure Renamed(string id) => new(
        id,
        Versions.Select(v => (v.Current, v.Text.Replace(Id, id, StringComparison.Ordinal))).ToList(),
        Tables.Select(t => (id + t.Name[Id.Length..], t.Text)).ToList());
}
