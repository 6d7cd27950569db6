using CsCheck;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Analysis.CameraCalls;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// <c>Figures.Camera</c> on a small made-up case (Reference/camera-small.*) against limma's <c>cameraPR</c>
/// (scripts/dev/camera-small-cases.R): a set of one gene, a set whose genes tie with each other and with genes outside,
/// genes in no figure, unmeasured genes, overlapping sets, both tests and three correlations; then the refusals,
/// the sets that cannot be tested, and the properties a competitive test must have.
/// </summary>
public sealed class CameraTests : IClassFixture<CameraTests.SmallCase>
{
    private readonly SmallCase _case;

    public CameraTests(SmallCase smallCase) => _case = smallCase;

    [Fact]
    public void The_small_case_matches_limma_for_both_tests_and_several_correlations()
    {
        var reference = ReadTable("camera-small.tsv");
        var cases = reference.GroupBy(row => (Mode: row[0], Correlation: Real(row[1]))).ToList();
        Assert.Equal(6, cases.Count);
        foreach (var group in cases)
        {
            var options = CameraOptions(_case.Api, group.Key.Mode == "ranks", group.Key.Correlation, minSetSize: 1);
            var ours = Camera(_case.Api, _case.Statistic, options);
            var expected = group.Select(row => new Row(row[2], int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture), row[4], Real(row[5]), Real(row[6]))).ToList();
            AssertSameAsLimma(expected, ours, $"{group.Key.Mode}, correlation {group.Key.Correlation}");
        }
    }

    [Fact]
    public void The_pairs_overload_gives_the_dictionarys_results_and_refuses_a_repeated_id()
    {
        var options = CameraOptions(_case.Api, minSetSize: 1);
        Assert.Equal(Camera(_case.Api, _case.Statistic, options), CameraPairs(_case.Api, _case.Statistic.Reverse(), options));

        var repeated = _case.Statistic.Append(KeyValuePair.Create(103, 0.25));
        var error = Assert.Throws<ArgumentException>(() => CameraPairs(_case.Api, repeated));
        Assert.Contains("Gene id 103 has more than one statistic", error.Message, StringComparison.Ordinal);
        var outside = _case.Statistic.Append(KeyValuePair.Create(900_000_001, 0.25));
        Assert.Contains("Gene id 900000001 has more than one statistic", Assert.Throws<ArgumentException>(() => CameraPairs(_case.Api, outside)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_statistics_are_refused_naming_the_gene(double value)
    {
        var statistic = new Dictionary<int, double>(_case.Statistic) { [105] = value };

        var error = Assert.Throws<ArgumentException>(() => Camera(_case.Api, statistic));

        Assert.Contains("The statistic of gene id 105 is", error.Message, StringComparison.Ordinal);
        Assert.Equal("statistics", error.ParamName);
    }

    [Fact]
    public void Constant_statistics_too_few_genes_and_a_correlation_out_of_range_are_refused()
    {
        var constant = _case.Statistic.Keys.ToDictionary(id => id, _ => 1.5);
        Assert.Contains("same statistic", Assert.Throws<ArgumentException>(() => Camera(_case.Api, constant)).Message, StringComparison.Ordinal);
        Assert.Contains("same statistic", Assert.Throws<ArgumentException>(() => Camera(_case.Api, constant, CameraOptions(_case.Api, useRanks: true))).Message, StringComparison.Ordinal);

        var two = new Dictionary<int, double> { [101] = 1, [102] = 2 };
        Assert.Contains("at least 3 genes", Assert.Throws<ArgumentException>(() => Camera(_case.Api, two)).Message, StringComparison.Ordinal);

        foreach (var correlation in new[] { 1.0, -1.0, double.NaN, 2.5 })
        {
            var error = Assert.Throws<ArgumentException>(() => Camera(_case.Api, _case.Statistic, CameraOptions(_case.Api, correlation: correlation)));
            Assert.Equal("options", error.ParamName);
        }
    }

    [Fact]
    public void A_set_holding_every_measured_gene_is_not_tested_and_ids_in_no_figure_count_among_the_others()
    {
        // Only the up set's genes are measured: it has no other genes to compete with (limma: NaN), while the
        // overlapping set, two of those genes, is tested.
        var upOnly = _case.Statistic.Where(pair => pair.Key is >= 101 and <= 110).ToDictionary();
        var results = Camera(_case.Api, upOnly, CameraOptions(_case.Api, minSetSize: 1));
        Assert.Equal(["PMC1000002__F1"], results.Select(r => r.Figure));
        Assert.Equal(2, results[0].SetSize);

        // Ids no figure has are genes outside every set: dropping them changes G, so every p.
        var withOutside = Camera(_case.Api, _case.Statistic);
        var withoutOutside = Camera(_case.Api, _case.Statistic.Where(pair => pair.Key < CameraExperiment.OutsideIdsStart).ToDictionary());
        Assert.Equal(withOutside.Select(r => r.Figure).Order(), withoutOutside.Select(r => r.Figure).Order());
        Assert.All(withOutside, r => Assert.NotEqual(r.P, withoutOutside.Single(o => o.Figure == r.Figure).P));
    }

    [Fact]
    public void Set_size_bounds_choose_the_tested_figures_and_the_adjustment_counts_only_those()
    {
        var all = Camera(_case.Api, _case.Statistic, CameraOptions(_case.Api, minSetSize: 1, maxSetSize: 1000));
        var bounded = Camera(_case.Api, _case.Statistic, CameraOptions(_case.Api, minSetSize: 5, maxSetSize: 10));

        Assert.Equal(all.Where(r => r.SetSize is >= 5 and <= 10).Select(r => (r.Figure, r.P)), bounded.Select(r => (r.Figure, r.P)));
        var m = bounded.Count;
        Assert.Equal(Math.Min(1, bounded[^1].P), bounded[^1].Fdr, 15);
        Assert.Equal(Math.Min(bounded[1].Fdr, bounded[0].P * m), bounded[0].Fdr, 15);
        Assert.Empty(Camera(_case.Api, _case.Statistic, CameraOptions(_case.Api, minSetSize: 30, maxSetSize: 20)));
    }

    [Fact]
    public void Permuting_the_values_of_genes_outside_every_set_changes_nothing()
    {
        var outside = _case.Statistic.Keys.Where(id => id >= CameraExperiment.OutsideIdsStart).ToArray();
        foreach (var useRanks in new[] { false, true })
        {
            var options = CameraOptions(_case.Api, useRanks, minSetSize: 1);
            var expected = Camera(_case.Api, _case.Statistic, options);
            Gen.Int[0, int.MaxValue].Array[outside.Length].Sample(keys =>
            {
                var values = outside.Select(id => _case.Statistic[id]).ToArray();
                Array.Sort(keys, values);
                var permuted = new Dictionary<int, double>(_case.Statistic);
                for (var i = 0; i < outside.Length; i++)
                {
                    permuted[outside[i]] = values[i];
                }

                Assert.Equal(expected, Camera(_case.Api, permuted, options));
            }, iter: 25, seed: "0N0XIzNsQ0O2");
        }
    }

    [Fact]
    public void Negating_the_statistic_swaps_the_directions_and_keeps_the_p_values()
    {
        foreach (var useRanks in new[] { false, true })
        {
            var options = CameraOptions(_case.Api, useRanks, minSetSize: 1);
            Gen.Double[-4, 4].Select(v => Math.Round(v, 1)).Array[_case.Statistic.Count].Sample(values =>
            {
                var statistic = _case.Statistic.Keys.Zip(values).ToDictionary(p => p.First, p => p.Second);
                if (values.Distinct().Count() < 2)
                {
                    return;
                }

                var plain = Camera(_case.Api, statistic, options).ToDictionary(r => r.Figure);
                var negated = Camera(_case.Api, statistic.ToDictionary(p => p.Key, p => -p.Value), options);
                Assert.Equal(plain.Count, negated.Count);
                foreach (var row in negated)
                {
                    var before = plain[row.Figure];
                    Assert.True(Relative(before.P, row.P) < 1e-12, $"{row.Figure}: p {before.P:R} became {row.P:R}");
                    if (before.P < 0.999)
                    {
                        Assert.NotEqual(before.Direction, row.Direction);
                    }
                }
            }, iter: 40, seed: "0N0XIzNsQ0O3");
        }
    }

    [Fact]
    public void A_second_call_with_the_same_statistic_and_a_changed_one_give_fresh_answers()
    {
        var options = CameraOptions(_case.Api, minSetSize: 1);
        var first = Camera(_case.Api, _case.Statistic, options);
        Assert.Equal(first, Camera(_case.Api, _case.Statistic, options));

        // The same dictionary changed in place is prepared again.
        var changing = new Dictionary<int, double>(_case.Statistic);
        Assert.Equal(first, Camera(_case.Api, changing, options));
        changing[101] = 25;
        var changed = Camera(_case.Api, changing, options);
        Assert.NotEqual(first.Single(r => r.Figure == "PMC1000001__F1").P, changed.Single(r => r.Figure == "PMC1000001__F1").P);
        Assert.Equal(first, Camera(_case.Api, _case.Statistic, options));
    }

    /// <summary>Same figures, set sizes and directions in the same order, p and FDR within 1e-9 relative.</summary>
    internal static void AssertSameAsLimma(IReadOnlyList<Row> expected, IReadOnlyList<Row> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: limma tested {expected.Count} figures, Camera {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] with { P = 0, Fdr = 0 } == actual[i] with { P = 0, Fdr = 0 }, $"{what}, row {i + 1}: limma {expected[i]}, Camera {actual[i]}");
            Assert.True(Relative(expected[i].P, actual[i].P) < 1e-9, $"{what}, {actual[i].Figure}: p {actual[i].P:R}, limma {expected[i].P:R}");
            Assert.True(Relative(expected[i].Fdr, actual[i].Fdr) < 1e-9, $"{what}, {actual[i].Figure}: FDR {actual[i].Fdr:R}, limma {expected[i].Fdr:R}");
        }
    }

    /// <summary>The API generated from Reference/camera-small.gmt and that case's statistic.</summary>
    public sealed class SmallCase
    {
        public SmallCase()
        {
            var gmt = File.ReadAllText(Path.Combine(ReferenceFolder, "camera-small.gmt"));
            Api = GeneratorHarness.Run([("pfocr-20250701-gmt-Caenorhabditis_elegans.gmt", gmt)], properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" }).Load();
            Statistic = File.ReadLines(Path.Combine(ReferenceFolder, "camera-small-statistic.tsv")).Select(line => line.Split('\t'))
                .ToDictionary(fields => int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), fields => Real(fields[1]));
        }

        internal LoadedAssembly Api { get; }

        public Dictionary<int, double> Statistic { get; }
    }
}
