using CsCheck;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Parsing;
using PfocrGen.Tests.Infrastructure;
using PfocrGen.Tests.Properties;
using Xunit.Abstractions;
using Synthetic = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Tests.Parsing;

/// <summary>
/// <see cref="FrontMatterScanner"/> against YamlDotNet: on every real record, on synthetic ones, on damaged ones and
/// on the YAML just outside the scanner's subset, the scanner either leaves the text to YamlDotNet or reads the very
/// tree YamlDotNet reads; and it does take nearly every record PFOCR writes, or it would be of no use.
/// </summary>
public sealed class FrontMatterScannerTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_real_record_the_scanner_takes_reads_as_yamldotnet_reads_it_and_it_takes_nearly_all()
    {
        var records = Directory.GetFiles(TestData.CorpusDirectory!, "*.md", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "README.md")
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToList();

        var left = records.Where(r => !YamlTreeComparison.ScannerAgrees(r.Path, r.Text)).Select(r => Path.GetFileName(r.Path)).ToList();

        output.WriteLine($"scanner took {records.Count - left.Count} of {records.Count} real records; left to YamlDotNet: {string.Join(", ", left)}");
        Assert.True(records.Count >= 70, $"only {records.Count} records in the corpus");

        // The one record known to need YamlDotNet has a literal block scalar (keywords: |-).
        Assert.True(left.Count <= records.Count / 20, $"the scanner left {left.Count} of {records.Count} real records to YamlDotNet");
    }

    [Fact]
    public void The_sample_records_read_as_yamldotnet_reads_them()
    {
        foreach (var (path, text) in TestData.SampleFiles.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            Assert.True(YamlTreeComparison.ScannerAgrees(path, text), $"the scanner left {path} to YamlDotNet");
        }

        var (seedPath, seedText) = TestData.Seed;
        Assert.True(YamlTreeComparison.ScannerAgrees(seedPath, seedText));
    }

    [Fact]
    public void Synthetic_records_read_as_yamldotnet_reads_them_all()
    {
        var records = Synthetic.Generate(3_000).Where(f => f.IsRecord).ToList();

        var taken = records.Count(r => YamlTreeComparison.ScannerAgrees(r.Path, r.Text));

        Assert.Equal(records.Count, taken);
    }

    [CorpusFact]
    public void Damaged_real_records_give_the_same_tree_and_diagnostics_as_yamldotnet_alone()
    {
        var corpus = CorpusRecords.Load(TestData.CorpusDirectory!);
        var versions = corpus.Figures.SelectMany(f => f.Versions.Select(v => v.Text)).Append(TestData.Seed.Text).ToList();
        var taken = SameAsYamlDotNetOnDamage(versions, iterations: 4_000);

        // Most damage takes a record out of the subset, but lines deleted, repeated or cut off often keep it inside.
        Assert.True(taken >= 100, $"the scanner took only {taken} damaged records");
    }

    [Fact]
    public void Damaged_synthetic_records_give_the_same_tree_and_diagnostics_as_yamldotnet_alone()
    {
        var records = Synthetic.Generate(60).Where(f => f.IsRecord).Select(f => f.Text).ToList();
        var taken = SameAsYamlDotNetOnDamage(records, iterations: 2_000);

        Assert.True(taken >= 50, $"the scanner took only {taken} damaged records");
    }

    /// <summary>
    /// YAML at the edges of the scanner's subset: each indicator at the start of a value, of a continuation line, of
    /// a list item and inside quotes; odd indentation; empty values; every layout's list shapes.
    /// </summary>
    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Yaml_at_the_edges_of_the_subset_reads_as_yamldotnet_reads_it(string yaml)
    {
        YamlTreeComparison.ScannerAgrees("edge.md", "---\n" + yaml + "---\n");
    }

    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: 'it''s: here'\nb: \"double\"\n")]
    [InlineData("caption: one\n  two\n  | three\nnext: x\n")]
    [InlineData("t: 'first: line\n  second line '\n")]
    [InlineData("organisms:\n- Homo sapiens\n- NA\ngenes: []\n")]
    [InlineData("genes:\n- word: nar\n  entrez: '10898'\n- word: nif\n  entrez: '6280'\n")]
    [InlineData("schema-jsonld:\n  '@id': https://x/\n  creator:\n    '@type': Organization\n  keywords:\n  - A\n  - 'On'\n")]
    [InlineData("list:\n  - indented\n  - list\n")]
    public void The_shapes_pfocr_writes_are_taken(string yaml)
    {
        Assert.True(YamlTreeComparison.ScannerAgrees("shape.md", "---\n" + yaml + "---\n"));
    }

    [Theory]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !!str b\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: [b, c]\n")]
    [InlineData("a: |-\n  b\n")]
    [InlineData("a: \"b\\tc\"\n")]
    [InlineData("a: b\n\nc: d\n")]
    [InlineData("a: b # note\n")]
    [InlineData("a: b\r\nc: d\r\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a:\nb: c\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a: b\n c: d\n")]
    [InlineData("? a\n: b\n")]
    public void Yaml_outside_the_subset_is_left_to_yamldotnet(string yaml)
    {
        Assert.False(YamlTreeComparison.ScannerAgrees("outside.md", "---\n" + yaml + "---\n"));
    }

    /// <summary>
    /// Texts the scanner could read but for a limit of <see cref="SafetyLimits"/>: it must leave them to the loader,
    /// so that the limit is reported (PFOCR012) where and as YamlDotNet's reading reports it.
    /// </summary>
    [Theory]
    [InlineData("nodes")]
    [InlineData("depth")]
    [InlineData("scalar")]
    public void Texts_over_a_safety_limit_are_left_to_yamldotnet_which_reports_it(string limit)
    {
        var yaml = limit switch
        {
            "nodes" => "list:\n" + string.Concat(Enumerable.Repeat("- a\n", SafetyLimits.MaxExpandedNodes + 1)),
            "depth" => string.Concat(Enumerable.Range(0, SafetyLimits.MaxDepth + 1).Select(depth => new string(' ', 2 * depth) + "a:\n")) + new string(' ', 2 * (SafetyLimits.MaxDepth + 1)) + "b: x\n",
            _ => "caption: " + new string('x', SafetyLimits.MaxScalarChars + 1) + "\n",
        };
        var text = "---\nfigid: PMC1__limit\npmcid: PMC1\n" + yaml + "---\n";

        Assert.False(YamlTreeComparison.ScannerAgrees("figures/limit.md", text));
        var source = SourceText.From(text);
        var withScanner = RecordParser.Parse("figures/limit.md", source, FrontMatterReaders.ScannerFirst, CancellationToken.None);
        Assert.Equal(RecordParser.Parse("figures/limit.md", source, FrontMatterReaders.YamlDotNetOnly, CancellationToken.None), withScanner);
        Assert.Contains(withScanner.Diagnostics, d => d.Id == "PFOCR012");
    }

    public static TheoryData<string> EdgeCases()
    {
        var cases = new List<string>();
        string[] indicators = ["-", "- ", "?", "? ", ":", ": ", ",", "[", "]", "{", "}", "#", " #", "&a ", "*a", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", "---", "...", "  ", "\t", "\u2028", "\u0085", "\uFEFF", "\uD83D\uDE00"];
        foreach (var token in indicators)
        {
            cases.Add($"a: {token}x\nb: c\n");
            cases.Add($"a: x{token}\nb: c\n");
            cases.Add($"a: x {token}\nb: c\n");
            cases.Add($"a: x\n  {token}y\nb: c\n");
            cases.Add($"a: x\n  y {token} z\nb: c\n");
            cases.Add($"a: 'x\n  {token}y'\nb: c\n");
            cases.Add($"a: \"x {token}y\"\nb: c\n");
            cases.Add($"a:\n- {token}x\n- y\n");
            cases.Add($"a:\n- x\n  {token}y\n");
            cases.Add($"a:\n- k: {token}x\n  l: y\n");
            cases.Add($"{token}a: x\n");
            cases.Add($"a{token}: x\n");
            cases.Add($"'{token}a': x\n");
        }

        string[] shapes =
        [
            "a: x\n  y\n", "a: x\n y\n", "a:\n  b: x\n   y\n", "a:\n  b: x\n  y\n", "a:\n  b: x\nc: y\n",
            "a: 'x\ny'\n", "a: 'x\n y'\n", "a:\n  b: 'x\n  y'\n", "a:\n  b: 'x\n   y'\n", "a: 'x'y\n", "a: 'x' \n", "a: 'x\n\n  y'\n",
            "a: 'x   \n   y   '\n", "a: '   \n  y'\n", "a: ''\n", "a: ''''\n", "a: 'x''\n  ''y'\n", "a: \"\"\n",
            "a:\n- x\n  - y\n", "a:\n- - x\n", "a:\n-\n", "a:\n- \n", "a:\n  - x\n- y\n", "a:\n  - x\n  b: y\n", "a:\n- x\nb:\n- y\n",
            "a:\n- k: x\n  l:\n  - y\n  m: z\n- k: w\n", "a:\n- k: x\n   l: y\n", "a:\n- k: x\n l: y\n", "a:\n-  k: x\n   l: y\n",
            "a:\n- 'k': x\n", "a:\n- 'k' : x\n", "a: []\n", "a: [ ]\n", "a: [] \n", "a: []x\n", "a:\n- []\n", "a: []\n  b\n",
            "a: x:y\n", "a: x:\n", "a: x: y\n", "a: x\n  b: y\n", "a: 1\n", "a: -1\n", "a: ~\n", "a: null\n", "a:  spaced\n",
            "a: x  \n", "a: x\n  y  \n  z\n", "a:\n", "a:", "a: x", "a:\n- x", "a: 'x'", "  a: x\n", "a: x\n  ", "a: x\n ",
            "a.b: x\n", "a-b: x\n", "_a: x\n", "1: x\n", "a b: x\n", "a:b: x\n", "'a''b': x\n", "\"a\": x\n", "'a\nb': x\n",
            new string('k', 200) + ": x\n", "a: \"x\n  y\"\n", "a: \"x  \n   y \"\n", "a: \"x\n\n  y\"\n", "a: \"x''y\"\n", "a:\n  b:\n    c:\n      d:\n        e: x\n",
        ];
        foreach (var shape in shapes)
        {
            cases.Add(shape);
        }

        var data = new TheoryData<string>();
        foreach (var yaml in cases.Distinct(StringComparer.Ordinal))
        {
            data.Add(yaml);
        }

        return data;
    }

    /// <summary>
    /// Damages the texts with <see cref="Mutation"/>s (CsCheck) and checks each the two ways: the scanner's tree is
    /// YamlDotNet's, and the record parser with the scanner gives the same file (figure, diagnostics) as with
    /// YamlDotNet alone. Returns how many damaged texts the scanner took.
    /// </summary>
    private int SameAsYamlDotNetOnDamage(IReadOnlyList<string> texts, int iterations)
    {
        var taken = 0;
        Gen.Select(Gen.Int[0, texts.Count - 1], Mutation.Gen.Array[1, 3]).Sample(
            (index, mutations) =>
            {
                var text = mutations.Aggregate(texts[index], (current, mutation) => mutation.Apply(current));
                if (YamlTreeComparison.ScannerAgrees("figures/damaged.md", text))
                {
                    Interlocked.Increment(ref taken);
                }

                var source = SourceText.From(text);
                var withScanner = RecordParser.Parse("figures/damaged.md", source, FrontMatterReaders.ScannerFirst, CancellationToken.None);
                var yamlDotNetOnly = RecordParser.Parse("figures/damaged.md", source, FrontMatterReaders.YamlDotNetOnly, CancellationToken.None);
                Assert.Equal(yamlDotNetOnly, withScanner);
            },
            seed: Environment.GetEnvironmentVariable("PFOCR_FUZZ_SEED"),
            iter: iterations,
            threads: 1,
            print: t => $"record {t.Item1}: {string.Join(", ", t.Item2.Select(m => m.ToString()))}");

        output.WriteLine($"scanner took {taken} of {iterations} damaged records");
        return taken;
    }
}
