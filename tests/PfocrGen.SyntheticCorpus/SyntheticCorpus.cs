using System.Globalization;
using System.Text;

namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// Writes N PFOCR figure records in the current (v3) layout with their <c>-genes</c>, <c>-chemicals</c> and
/// <c>-diseases</c> tables, shaped like the real release: about 1.9 figures per paper, 0–60 gene rows with synonym
/// fan-out, 1–2 KB unicode captions, one figure in six from a non-human organism. Each paper draws from its own
/// generator seeded by (seed, paper), so the output is reproducible and the first k records of a larger corpus
/// are the k-record corpus.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 20261127;

    public static IReadOnlyList<CorpusFile> Generate(int records, int seed = DefaultSeed) => Enumerate(records, seed).ToList();

    public static IEnumerable<CorpusFile> Enumerate(int records, int seed = DefaultSeed)
    {
        var written = 0;
        for (var paper = 0; written < records; paper++)
        {
            var random = new Random(unchecked((seed * 486187739) + paper));
            var figures = Math.Min(records - written, FigureCount(random));
            foreach (var file in new PaperWriter(random, paper, figures).Files())
            {
                yield return file;
            }

            written += figures;
        }
    }

    /// <summary>The same record with a changed title: what a user's one-record edit looks like to the generator.</summary>
    public static CorpusFile EditRecord(CorpusFile record, int revision)
    {
        const string key = "\nfigtitle: ";
        var at = record.Text.IndexOf(key, StringComparison.Ordinal) + key.Length;
        if (record.Text[at] == '\'')
        {
            at++;
        }

        return record with { Text = record.Text.Insert(at, $"Revision {revision.ToString(CultureInfo.InvariantCulture)} of ") };
    }

    /// <summary>The YAML between the <c>---</c> fences of a record (what a front-matter parser reads).</summary>
    public static string FrontMatter(string recordText)
    {
        var start = recordText.IndexOf('\n') + 1;
        var end = recordText.IndexOf("\n---", start, StringComparison.Ordinal);
        return recordText.Substring(start, end + 1 - start);
    }

    // 1 + a geometric count with mean ~0.9: most papers have one pathway figure, a few have many.
    private static int FigureCount(Random random)
    {
        var count = 1;
        while (count < 12 && random.NextDouble() < 0.47)
        {
            count++;
        }

        return count;
    }
}
