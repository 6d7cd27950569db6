using System.Globalization;
using System.Text;

namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// Writes N PFOCR figure records in the current (v3) layout with their <c>-genes</c>, <c>-chemicals</c> and
/// <c>-diseases</c> tables, shaped like the real release: about 1.9 figures per paper (or as many as asked), 0–60
/// gene rows with synonym fan-out, 1–2 KB unicode captions, one figure in six from a non-human organism. Each paper
/// draws from its own generator seeded by (seed, paper), so the output is reproducible and the first k records of
/// a larger corpus are the k-record corpus.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 20261127;

    /// <summary>
    /// The mean figures per paper of the corpus the performance history was measured on. PFOCR as a whole has
    /// ~1.2 (110,000 figures from 93,000 papers, its <c>_rmd/stats.md</c>); pass that for the whole-repository shape.
    /// </summary>
    public const double DefaultFiguresPerPaper = 1.9;

    public static IReadOnlyList<CorpusFile> Generate(int records, int seed = DefaultSeed) => Enumerate(records, seed).ToList();

    public static IEnumerable<CorpusFile> Enumerate(int records, int seed = DefaultSeed, double figuresPerPaper = DefaultFiguresPerPaper)
    {
        if (figuresPerPaper < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(figuresPerPaper), figuresPerPaper, "A paper has at least one figure.");
        }

        // A paper has 1 + a geometric number of further figures: going on with probability 1 - 1/mean gives that mean
        // (the cap of 12 barely matters; the default keeps the 0.47 its history was measured with, a mean of ~1.89).
        var another = figuresPerPaper == DefaultFiguresPerPaper ? 0.47 : 1 - (1 / figuresPerPaper);
        var written = 0;
        for (var paper = 0; written < records; paper++)
        {
            var random = new Random(unchecked((seed * 486187739) + paper));
            var figures = Math.Min(records - written, FigureCount(random, another));
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

    // 1 + a geometric count: most papers have one pathway figure, a few have many.
    private static int FigureCount(Random random, double another)
    {
        var count = 1;
        while (count < 12 && random.NextDouble() < another)
        {
            count++;
        }

        return count;
    }
}
