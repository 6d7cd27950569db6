using System.Globalization;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// The same records give byte-identical generated sources and the same diagnostics whatever the order of the
/// AdditionalFiles and whatever the current culture, so builds are reproducible and the IDE's cache stays warm.
/// tr-TR (dotted/dotless i in case mapping) and fi-FI (v/w and å/ä/ö collation, space group separator) break
/// culture-sensitive code; the records below carry exactly the text that would expose it.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] Symbols = ["iNOS", "INOS", "Ilk", "ıx", "İy", "Vav1", "Wasl", "vwf", "Zap70", "Ärh", "Åsk", "Öz", "i", "I"];

    private static readonly IReadOnlyList<(string Path, string Text)> Files = BuildFiles();

    [Fact]
    public void Generated_output_is_identical_for_every_file_order()
    {
        var baseline = Output(Files);

        Assert.Equal(baseline, Output(Files.Reverse()));
        Assert.Equal(baseline, Output(Shuffle(Files, seed: 7)));
        Assert.Equal(baseline, Output(Shuffle(Files, seed: 2026)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    public void Generated_output_is_identical_under_any_current_culture(string culture)
    {
        var baseline = Output(Files);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            // Without ICU every culture behaves like the invariant one and this test could not fail.
            Assert.NotEqual(1234567.ToString("N0", CultureInfo.InvariantCulture), 1234567.ToString("N0", CultureInfo.CurrentCulture));
            Assert.True(culture != "tr-TR" || "i".ToUpper(CultureInfo.CurrentCulture) == "İ");

            Assert.Equal(baseline, Output(Shuffle(Files, seed: 11)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    /// <summary>Every generated source (hint name and exact text) and every diagnostic as the build prints it.</summary>
    private static List<string> Output(IEnumerable<(string Path, string Text)> files)
    {
        var run = GeneratorHarness.Run(files);
        return run.Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText)
            .Concat(run.Pfocr.Select(d => d.ToString()))
            .ToList();
    }

    private static List<(string Path, string Text)> BuildFiles()
    {
        var files = TestData.SampleFiles.ToList();
        var rows = Symbols.Select((symbol, i) => Records.GeneRow(symbol, symbol, (1000 + i).ToString(CultureInfo.InvariantCulture), 7227, "Drosophila melanogaster"));
        files.Add(Records.File("PMC5__fi-1", "figtitle: Ärh and İy", "year: '2021'", "organisms: [Danio rerio, Homo sapiens]"));
        files.Add(Records.GenesTable("PMC5__fi-1", rows.ToArray()));
        files.Add(Records.File("PMC5__fi-2", "genes:", "- word: i", "  hgnc_symbol: I", "  entrez: '77'", "- word: x", "  entrez: 'x'"));
        files.Add(Records.File("PMC5__Fi-3", "year: '0'"));
        files.Add(("records/bomb.md", "---\nfigid: PMC6__bomb\npmcid: PMC6\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" +
            string.Concat(Enumerable.Range(0, 6).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]\n")) + "---\n"));
        return files;
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var random = new Random(seed);
        return items.OrderBy(_ => random.Next()).ToList();
    }
}
