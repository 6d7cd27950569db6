using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// <c>Figures.Enrich</c> against exact statistics: every p-value and BH q-value of several seeded queries agrees
/// with <see cref="ExactStatistics"/> to 1e-9 relative error; the set-size, universe and ordering rules hold.
/// </summary>
public sealed class EnrichmentTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Sample_enrichment_matches_exact_statistics()
    {
        var api = GeneratorHarness.Run(TestData.SampleFiles).Load();
        var universe = Enumerable.Range(1, 20_000).Concat(AllGeneIds(api)).ToList();

        AssertExact(api, [6775, 30009, 3592, 3458], universe);
    }

    [CorpusFact]
    public void Corpus_enrichments_match_exact_statistics_for_several_queries()
    {
        var files = TestData.CorpusFiles("new-format");
        var api = GeneratorHarness.Run(files).Load();
        var genes = AllGeneIds(api);
        var universe = genes.Concat(Enumerable.Range(900_000_000, 19_000)).ToList();
        var random = new Random(20261127);

        for (var query = 0; query < 6; query++)
        {
            var size = 5 + (query * 40);
            AssertExact(api, genes.OrderBy(_ => random.Next()).Take(size).ToList(), universe);
        }
    }

    [Fact]
    public void Empty_universe_and_query_outside_the_universe_are_argument_errors()
    {
        var api = GeneratorHarness.Run(TestData.SampleFiles).Load();

        var empty = Assert.Throws<TargetInvocationException>(() => Enrich(api, [6775], []));
        Assert.Contains("universe is empty", Assert.IsType<ArgumentException>(empty.InnerException).Message, StringComparison.Ordinal);
        var outside = Assert.Throws<TargetInvocationException>(() => Enrich(api, [6775], [1, 2, 3]));
        Assert.Contains("No query gene id is in the universe", Assert.IsType<ArgumentException>(outside.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_outside_the_set_size_bounds_are_not_tested()
    {
        var api = GeneratorHarness.Run(TestData.SampleFiles).Load();
        var universe = Enumerable.Range(1, 50_000).ToList();

        // The seed figure has 5 genes and the v2 example 6: with MaxSetSize = 5 only the seed is tested (m = 1).
        var results = Enrich(api, [6775], universe, Options(api, 4, 5));

        var result = Assert.Single(results);
        Assert.Equal("PMC2869233__ijms-11-00789f3", LoadedAssembly.Get(result, "Figure")!.ToString());
        Assert.Equal(result.PValue(), result.Q(), 15);
    }

    [Theory]
    [InlineData(120, 5000, 120, 120)] // about 1e-246: a deep tail must not underflow to 0
    [InlineData(3, 20000, 40, 300)]
    [InlineData(1, 100, 10, 10)]
    [InlineData(0, 100, 10, 10)]
    public void Hypergeometric_tail_matches_the_exact_rational(int k, int population, int successes, int draws)
    {
        var api = GeneratorHarness.Run([TestData.Seed]).Load();
        var statistics = api.Type("PfocrStatistics");
        var logFactorials = statistics.GetMethod("LogFactorials", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [population])!;

        var p = (double)statistics.GetMethod("HypergeometricUpperTail", BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, [k, population, successes, draws, logFactorials])!;

        Assert.True(p > 0);
        AssertRelative(ExactStatistics.UpperTail(k, population, successes, draws), p, $"P(X >= {k})");
    }

    [Fact]
    public void Hypergeometric_tail_matches_the_exact_rational_above_and_below_the_mean()
    {
        // Random parameters over both ways the tail is summed (k above the mean: upper terms; at or below it: one
        // minus the lower terms), including k at its bounds.
        var api = GeneratorHarness.Run([TestData.Seed]).Load();
        var statistics = api.Type("PfocrStatistics");
        var tail = statistics.GetMethod("HypergeometricUpperTail", BindingFlags.NonPublic | BindingFlags.Static)!;
        var logFactorials = statistics.GetMethod("LogFactorials", BindingFlags.NonPublic | BindingFlags.Static)!;
        var random = new Random(20261129);
        var below = 0;
        for (var trial = 0; trial < 250; trial++)
        {
            var population = random.Next(2, 2000);
            var successes = random.Next(1, Math.Min(population, 600) + 1);
            var draws = random.Next(1, population + 1);
            var k = random.Next(0, Math.Min(successes, draws) + 2);
            below += k <= (double)draws * successes / population ? 1 : 0;
            var table = logFactorials.Invoke(null, [population])!;

            var p = (double)tail.Invoke(null, [k, population, successes, draws, table])!;

            AssertRelative(ExactStatistics.UpperTail(k, population, successes, draws), p, $"P(X >= {k}), N={population}, K={successes}, n={draws}");
        }

        Assert.InRange(below, 25, 225);
    }

    [CorpusFact]
    public void A_prepared_background_and_a_changed_universe_give_the_exact_results()
    {
        var files = TestData.CorpusFiles("new-format");
        var api = GeneratorHarness.Run(files).Load();
        var genes = AllGeneIds(api);
        var universe = genes.Concat(Enumerable.Range(900_000_000, 5_000)).ToArray();
        var query = genes.Where((_, i) => i % 7 == 0).ToList();

        // Figures.Enrich keeps the last universe prepared: the same array with other contents must not reuse it.
        AssertExact(api, query, universe);
        Array.Reverse(universe, 0, universe.Length / 2);
        AssertExact(api, query, universe);
        universe[0] = 800_000_000;
        AssertExact(api, query, universe);

        var background = Activator.CreateInstance(api.Type("EnrichmentBackground"), [universe.Skip(10).ToList()])!;
        var prepared = LoadedAssembly.List(background.GetType().GetMethod("Enrich")!.Invoke(background, [query, null])).ToList();
        var direct = Enrich(api, query, universe.Skip(10));
        Assert.Equal(direct.Select(Describe), prepared.Select(Describe));
        Assert.NotEmpty(prepared);
    }

    [CorpusFact]
    public void A_minimum_pathway_score_drops_exactly_the_figures_below_it_from_the_tests_and_from_BH()
    {
        var api = GeneratorHarness.Run(TestData.CorpusFiles("new-format")).Load();
        var genes = AllGeneIds(api);
        var universe = genes.Concat(Enumerable.Range(900_000_000, 19_000)).ToList();
        var query = genes.Where((_, i) => i % 3 == 0).ToList();
        var scores = LoadedAssembly.List(api.Static("Figures", "All")).Select(f => (double?)LoadedAssembly.Get(f, "PathwayScore")).ToList();

        // The bound sits inside the real scores (0.57-0.97), so it drops some figures and keeps others.
        Assert.Contains(scores, s => s < 0.9);
        Assert.Contains(scores, s => s >= 0.9);
        AssertExact(api, query, universe, minPathwayScore: 0.9);
        AssertExact(api, query, universe, minPathwayScore: 0.9, requirePathwayScore: true);

        var options = Options(api, 2, 500);
        api.Type("EnrichmentOptions").GetProperty("MinPathwayScore")!.SetValue(options, 0.9);
        var kept = Enrich(api, query, universe, options).Select(r => (double?)LoadedAssembly.Get(LoadedAssembly.Get(r, "Figure")!, "PathwayScore")).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, score => Assert.True(score >= 0.9));
    }

    [Fact]
    public void Figures_without_a_score_are_tested_unless_a_score_is_required()
    {
        var files = new[]
        {
            Records.File("PMC1__scored", "automl_pathway: 0.95"),
            Records.GenesTable("PMC1__scored", Records.GeneRow("STAT4", "STAT4", "6775"), Records.GeneRow("JAK2", "JAK2", "3717")),
            Records.File("PMC2__unscored"),
            Records.GenesTable("PMC2__unscored", Records.GeneRow("STAT4", "STAT4", "6775"), Records.GeneRow("TYK2", "TYK2", "7297")),
            Records.File("PMC3__low", "automl_pathway: 0.6"),
            Records.GenesTable("PMC3__low", Records.GeneRow("STAT4", "STAT4", "6775"), Records.GeneRow("IL12A", "IL12A", "3592")),
        };
        var api = GeneratorHarness.Run(files).Load();
        var universe = Enumerable.Range(1, 20_000).ToList();

        AssertExact(api, [6775], universe, minPathwayScore: 0.9);
        AssertExact(api, [6775], universe, minPathwayScore: 0.9, requirePathwayScore: true);
        AssertExact(api, [6775], universe, requirePathwayScore: true);

        var options = Options(api, 2, 500);
        api.Type("EnrichmentOptions").GetProperty("MinPathwayScore")!.SetValue(options, 0.9);
        Assert.Equal(["PMC1__scored", "PMC2__unscored"], Enrich(api, [6775], universe, options).Select(r => LoadedAssembly.Get(r, "Figure")!.ToString()).Order(StringComparer.Ordinal));
        api.Type("EnrichmentOptions").GetProperty("RequirePathwayScore")!.SetValue(options, true);
        Assert.Equal(["PMC1__scored"], Enrich(api, [6775], universe, options).Select(r => LoadedAssembly.Get(r, "Figure")!.ToString()));
        api.Type("EnrichmentOptions").GetProperty("MinPathwayScore")!.SetValue(options, double.NaN);
        var nan = Assert.Throws<TargetInvocationException>(() => Enrich(api, [6775], universe, options));
        Assert.IsType<ArgumentException>(nan.InnerException);
    }

    internal static string Describe(object result) =>
        $"{LoadedAssembly.Get(result, "Figure")} k={LoadedAssembly.Get(result, "Overlap")} K={LoadedAssembly.Get(result, "SetSize")} "
        + $"p={result.PValue():R} q={result.Q():R} genes={string.Join(",", LoadedAssembly.List(LoadedAssembly.Get(result, "OverlapGenes")).Select(g => LoadedAssembly.Get(g, "EntrezId")))}";

    /// <summary>
    /// <c>Figures.Enrich</c> of <paramref name="query"/> against exact statistics computed here from the figures'
    /// genes: the same results (tested figures with k ≥ 1, K within the bounds), k, genes, n, N, p and q (BH over
    /// every tested figure), ordered by p-value, then figure id.
    /// </summary>
    internal static void AssertExact(
        LoadedAssembly api, IReadOnlyList<int> query, IReadOnlyList<int> universe, int minSetSize = 2, int maxSetSize = 500, double? minPathwayScore = null, bool requirePathwayScore = false)
    {
        var options = minSetSize == 2 && maxSetSize == 500 && minPathwayScore is null && !requirePathwayScore ? null : Options(api, minSetSize, maxSetSize);
        if (options is not null)
        {
            api.Type("EnrichmentOptions").GetProperty("MinPathwayScore")!.SetValue(options, minPathwayScore);
            api.Type("EnrichmentOptions").GetProperty("RequirePathwayScore")!.SetValue(options, requirePathwayScore);
        }

        var results = Enrich(api, query, universe, options);
        Assert.NotEmpty(results);

        var universeSet = universe.ToHashSet();
        var querySet = query.Where(universeSet.Contains).ToHashSet();
        var tested = new List<(string Id, int K, int SetSize, List<int> Genes)>();
        foreach (var figure in LoadedAssembly.List(api.Static("Figures", "All")))
        {
            var ids = LoadedAssembly.List(LoadedAssembly.Get(figure, "Genes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Where(universeSet.Contains).ToList();
            var score = (double?)LoadedAssembly.Get(figure, "PathwayScore");
            var scoreAdmitted = score is { } s ? minPathwayScore is null || s >= minPathwayScore : !requirePathwayScore;
            if (ids.Count >= minSetSize && ids.Count <= maxSetSize && scoreAdmitted)
            {
                tested.Add((figure.ToString()!, ids.Count(querySet.Contains), ids.Count, ids.Where(querySet.Contains).ToList()));
            }
        }

        var exactP = tested.Select(t => ExactStatistics.UpperTail(t.K, universeSet.Count, t.SetSize, querySet.Count)).ToList();
        var exactQ = ExactStatistics.BenjaminiHochberg(exactP);
        var expected = tested.Select((t, i) => (t.Id, t.K, P: exactP[i], Q: exactQ[i], t.Genes)).Where(t => t.K > 0).ToDictionary(t => t.Id);

        Assert.Equal(expected.Count, results.Count);
        double previous = 0;
        var previousId = string.Empty;
        foreach (var result in results)
        {
            var id = LoadedAssembly.Get(result, "Figure")!.ToString()!;
            var want = expected[id];
            Assert.Equal(want.K, (int)LoadedAssembly.Get(result, "Overlap")!);
            Assert.Equal(want.Genes, LoadedAssembly.List(LoadedAssembly.Get(result, "OverlapGenes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!));
            Assert.Equal(universeSet.Count, (int)LoadedAssembly.Get(result, "UniverseSize")!);
            Assert.Equal(querySet.Count, (int)LoadedAssembly.Get(result, "QuerySize")!);
            AssertRelative(want.P, result.PValue(), id);
            AssertRelative(want.Q, result.Q(), id);
            Assert.True(result.PValue() > previous || (result.PValue() == previous && string.CompareOrdinal(previousId, id) < 0), "results are ordered by p-value, then figure id");
            previous = result.PValue();
            previousId = id;
        }
    }

    private static void AssertRelative(double expected, double actual, string what) =>
        Assert.True(
            Math.Abs(expected - actual) <= Tolerance * Math.Max(Math.Abs(expected), double.Epsilon),
            $"{what}: expected {expected:R}, got {actual:R}");

    internal static object Options(LoadedAssembly api, int minSetSize, int maxSetSize)
    {
        var options = Activator.CreateInstance(api.Type("EnrichmentOptions"))!;
        api.Type("EnrichmentOptions").GetProperty("MinSetSize")!.SetValue(options, minSetSize);
        api.Type("EnrichmentOptions").GetProperty("MaxSetSize")!.SetValue(options, maxSetSize);
        return options;
    }

    internal static List<int> AllGeneIds(LoadedAssembly api) =>
        LoadedAssembly.List(api.Static("Genes", "All")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).ToList();

    internal static List<object> Enrich(LoadedAssembly api, IEnumerable<int> query, IEnumerable<int> universe, object? options = null) =>
        LoadedAssembly.List(api.Call("Figures", "Enrich", query, universe, options!)).ToList();
}

internal static class EnrichmentResultReflection
{
    public static double PValue(this object result) => (double)LoadedAssembly.Get(result, "PValue")!;

    public static double Q(this object result) => (double)LoadedAssembly.Get(result, "AdjustedPValue")!;
}
