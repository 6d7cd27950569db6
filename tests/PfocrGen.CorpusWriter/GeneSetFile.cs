using System.Text;
using PfocrGen.SyntheticCorpus;

namespace PfocrGen.CorpusWriter;

/// <summary>
/// Writes a synthetic corpus as one GMT file, PFOCR's gene-set release layout: per figure a line of figid, title
/// and the distinct NCBI Gene ids of its genes table. The same figures as the records, so the two layouts of one
/// corpus can be built and compared.
/// </summary>
internal static class GeneSetFile
{
    public static int Write(IEnumerable<CorpusFile> corpus, string path)
    {
        var titles = new List<(string Figid, string Title)>();
        var genes = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal);
        foreach (var file in corpus)
        {
            var name = Path.GetFileName(file.Path);
            if (file.IsRecord)
            {
                titles.Add((Path.GetFileNameWithoutExtension(name), Title(file.Text)));
            }
            else if (name.EndsWith("-genes.tsv", StringComparison.Ordinal))
            {
                genes[name[..^"-genes.tsv".Length]] = EntrezIds(file.Text);
            }
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var (figid, title) in titles)
        {
            writer.Write(figid);
            writer.Write('\t');
            writer.Write(title);
            foreach (var id in genes.GetValueOrDefault(figid, []))
            {
                writer.Write('\t');
                writer.Write(id);
            }

            writer.Write('\n');
        }

        return titles.Count;
    }

    // The first line of the figtitle value, without YAML quotes; a GMT description is one tab-free line.
    private static string Title(string record)
    {
        const string key = "\nfigtitle: ";
        var start = record.IndexOf(key, StringComparison.Ordinal) + key.Length;
        var line = record[start..record.IndexOf('\n', start)].Trim().Trim('\'', '"');
        return line.Replace('\t', ' ');
    }

    private static IEnumerable<string> EntrezIds(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split('\t'), "ncbigene_id");
        return lines.Skip(1).Select(line => line.Split('\t')[column]).Distinct(StringComparer.Ordinal).ToList();
    }
}
