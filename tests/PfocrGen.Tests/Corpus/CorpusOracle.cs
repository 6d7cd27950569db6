using YamlDotNet.RepresentationModel;

namespace PfocrGen.Tests.Corpus;

/// <summary>
/// An independent reading of the corpus, to check the generator against: YamlDotNet's representation model for
/// front matter (not the generator's event-based reader) and a plain split for tables. It answers one question:
/// which distinct NCBI gene ids, in first-appearance order, does each figure's record give?
/// </summary>
internal static class CorpusOracle
{
    public static Dictionary<string, List<int>> ExpectedGenes(IReadOnlyList<(string Path, string Text)> files, Func<string, bool>? keepSource = null)
    {
        keepSource ??= _ => true;
        var tables = files
            .Where(f => f.Path.EndsWith("-genes.tsv", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f.Path)[..^"-genes.tsv".Length], f => f.Text, StringComparer.Ordinal);

        var expected = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (path, text) in files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var root = FrontMatter(text);
            var figid = ((YamlScalarNode)root.Children[new YamlScalarNode("figid")]).Value!;
            var ids = tables.TryGetValue(figid, out var table)
                ? TableIds(table, keepSource)
                : InlineIds(root, keepSource);
            expected.Add(figid, ids.Distinct().ToList());
        }

        return expected;
    }

    /// <summary>A record's front matter as YamlDotNet's representation model reads it.</summary>
    internal static YamlMappingNode FrontMatter(string text)
    {
        var lines = text.Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join("\n", lines[1..end])));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<int> InlineIds(YamlMappingNode root, Func<string, bool> keepSource)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("genes"), out var genes))
        {
            yield break;
        }

        foreach (YamlMappingNode gene in ((YamlSequenceNode)genes).Children)
        {
            if (!keepSource(((YamlScalarNode)gene.Children[new YamlScalarNode("source")]).Value!))
            {
                continue;
            }

            yield return int.Parse(((YamlScalarNode)gene.Children[new YamlScalarNode("entrez")]).Value!);
        }
    }

    private static IEnumerable<int> TableIds(string table, Func<string, bool> keepSource)
    {
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split('\t');
        var column = Array.IndexOf(header, "ncbigene_id");
        var source = Array.IndexOf(header, "source");
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Split('\t');
            var cell = cells[column];
            if (cell != "NA" && keepSource(cells[source]))
            {
                yield return int.Parse(cell);
            }
        }
    }
}
