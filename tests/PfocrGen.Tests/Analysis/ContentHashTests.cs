using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary><c>PfocrDataset</c>: counts, and a content hash that follows the data and nothing else.</summary>
public sealed class ContentHashTests
{
    [Fact]
    public void Counts_match_the_generated_tables()
    {
        var api = GeneratorHarness.Run(TestData.SampleFiles).Load();

        Assert.Equal(3, Constant(api, "FigureCount"));
        Assert.Equal(3, Constant(api, "PaperCount"));
        Assert.Equal(LoadedAssembly.List(api.Static("Genes", "All")).Count(), Constant(api, "GeneCount"));
    }

    [Fact]
    public void Hash_is_lowercase_sha256_hex()
    {
        Assert.Matches("^[0-9a-f]{64}$", Hash(TestData.SampleFiles));
    }

    [Fact]
    public void Hash_is_the_same_for_any_file_order_path_and_line_ending()
    {
        var files = TestData.SampleFiles;
        var reordered = files.Reverse().Select(f => ("elsewhere/" + Path.GetFileName(f.Path), f.Text.Replace("\n", "\r\n"))).ToList();

        Assert.Equal(Hash(files), Hash(reordered));
    }

    [Theory]
    [InlineData("PMC2869233__ijms-11-00789f3.md", "Modified from Ref. [].", "Modified from Ref. [1].")] // caption
    [InlineData("PMC9000002__sample-g002.md", "doi: .na.character", "doi: 10.1000/x")] // a field the API does not expose
    [InlineData("PMC9000002__sample-g002-genes.tsv", "T-bet\tT-BET", "T-bet \tT-BET")] // one table cell
    [InlineData("PMC2869233__ijms-11-00789f3.md", "entrez: '777'", "entrez: '778'")] // an inline gene id
    public void Hash_changes_when_any_value_changes(string file, string from, string to)
    {
        var files = TestData.SampleFiles;
        var edited = files.Select(f => Path.GetFileName(f.Path) == file ? (f.Path, Replace(f.Text, from, to)) : f).ToList();

        Assert.NotEqual(Hash(files), Hash(edited));
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Hash(IReadOnlyList<(string Path, string Text)> files) =>
        (string)Constant(GeneratorHarness.Run(files).Load(), "ContentHash");

    private static object Constant(LoadedAssembly api, string name) =>
        api.Type("PfocrDataset").GetField(name)!.GetRawConstantValue()!;
}
