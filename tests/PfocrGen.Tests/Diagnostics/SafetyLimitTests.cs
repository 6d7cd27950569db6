using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR012: hostile or broken input ends in a located error at the point where a safety limit was hit, instead
/// of stalling the build or the IDE. Time is deliberately not asserted (see docs/diagnostics.md for the measured
/// numbers); that each run ends, with the diagnostic, is. A valid record beside each one is still generated.
/// The generator's time is written to the test output for checking by hand:
/// <c>dotnet test tests/PfocrGen.Tests --filter SafetyLimitTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class SafetyLimitTests(ITestOutputHelper output)
{
    [Fact]
    public void Alias_bomb_stops_at_the_alias_that_passes_the_expansion_limit()
    {
        // Billion laughs: each list holds nine aliases of the previous one, 9^9 nodes once expanded.
        var text = new StringBuilder("---\nfigid: PMC1__bomb\npmcid: PMC1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var name = 'b'; name <= 'i'; name++)
        {
            var previous = "*" + (char)(name - 1);
            text.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
        }

        // e expands to 66,430 nodes; f's 4th alias takes f past 200,000. Line 9 is f; its 4th '*e' is at column 20.
        AssertSafetyLimit(("records/bomb.md", text.Append("---\n").ToString()), "records/bomb.md", 9, 20, "alias expansion");
    }

    [Fact]
    public void Ten_megabyte_scalar_is_refused_by_the_record_size_limit()
    {
        var text = "---\nfigid: PMC1__big\npmcid: PMC1\ncaption: " + new string('x', 10_000_000) + "\n---\n";

        // Character 2,097,152 (the limit) lies on line 4, which starts at character 33.
        AssertSafetyLimit(("records/big.md", text), "records/big.md", 4, 2_097_152 - 33 + 1, "record's size");
    }

    [Fact]
    public void Scalar_over_the_scalar_limit_is_refused_at_its_start()
    {
        var text = "---\nfigid: PMC1__big\npmcid: PMC1\ncaption: " + new string('x', 1_500_000) + "\n---\n";

        AssertSafetyLimit(("records/big.md", text), "records/big.md", 4, 10, "a YAML value");
    }

    [Fact]
    public void Ten_thousand_deep_nesting_stops_at_the_first_collection_too_deep()
    {
        var text = "---\nfigid: PMC1__deep\npmcid: PMC1\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n";

        // The front matter mapping is level 1, so the 64th '[' (column 3 + 64) would be level 65.
        AssertSafetyLimit(("records/deep.md", text), "records/deep.md", 4, 67, "nesting");
    }

    [Fact]
    public void Ten_thousand_deep_block_nesting_stops_at_the_limit()
    {
        // Block sequences nest on one line too: "- - - x".
        var text = "---\nfigid: PMC1__deep\npmcid: PMC1\nx:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n---\n";

        AssertSafetyLimit(("records/deep.md", text), "records/deep.md", 5, 127, "nesting");
    }

    [Fact]
    public void Fifty_megabyte_record_is_refused_by_the_record_size_limit()
    {
        // 100-character lines after the 4-character fence: character 2,097,152 is on line 20,973, column 49.
        var text = "---\n" + string.Concat(Enumerable.Repeat(new string('y', 99) + "\n", 500_000));

        AssertSafetyLimit(("records/huge.md", text), "records/huge.md", 20_973, 49, "record's size");
    }

    [Fact]
    public void Fifty_megabyte_table_is_refused_by_the_table_size_limit()
    {
        // 100-character lines: character 4,194,304 (the limit) is on line 41,944, column 5.
        var text = string.Concat(Enumerable.Repeat(new string('z', 99) + "\n", 500_000));

        AssertSafetyLimit(("records/PMC1__ok-chemicals.tsv", text), "records/PMC1__ok-chemicals.tsv", 41_944, 5, "table's size");
    }

    [Fact]
    public void Table_of_a_million_malformed_rows_reports_a_hundred_and_counts_the_rest()
    {
        var text = Records.GenesHeader + "\n" + string.Concat(Enumerable.Repeat("a\tb\n", 1_000_000));

        var run = TimedRun(("records/PMC1__ok-genes.tsv", text), Records.File("PMC1__ok"));

        Assert.Equal(100, run.Pfocr.Count(d => d.Id == "PFOCR008"));
        var summary = Assert.Single(run.Pfocr, d => d.Id == "PFOCR017");
        Assert.StartsWith("999900 more problems", summary.GetMessage(), StringComparison.Ordinal);
    }

    private void AssertSafetyLimit((string Path, string Text) hostile, string path, int line, int column, string limit)
    {
        var run = TimedRun(hostile, Records.File("PMC1__ok"));

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR012", DiagnosticSeverity.Error, path, line, column);
        Assert.Contains(limit, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["PMC1__ok"], LoadedAssembly.List(run.Load().Static("Figures", "All")).Select(f => f.ToString()));
    }

    private GeneratorRun TimedRun(params (string Path, string Text)[] files)
    {
        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(files);
        output.WriteLine($"generator run: {stopwatch.ElapsedMilliseconds} ms for {files.Sum(f => f.Text.Length):N0} characters");
        return run;
    }
}
