using System.Collections.Concurrent;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Analysis.EnrichmentTests;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// The ways one enrichment query can go, on the real worm release GMT (1,626 figures): a query touching few
/// figures (its touched figures sorted) and one touching many (read off the counts in figure order), set-size
/// bounds other than the defaults, a universe recognised again (the same ids, another order, the same array changed
/// in place), queries from several threads at once, and the results list. Exact statistics are the reference.
/// </summary>
public sealed class EnrichmentQueryPathTests : IClassFixture<EnrichmentQueryPathTests.WormApi>
{
    private const string WormGmt = "pfocr-20250701-gmt-Caenorhabditis_elegans.gmt";

    private readonly WormApi _worm;

    public EnrichmentQueryPathTests(WormApi worm) => _worm = worm;

    [ReleaseFact]
    public void A_query_touching_few_figures_and_one_touching_many_match_exact_statistics()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);

        // Touching fewer than 1/32 of the figures: the touched list is sorted; else the counts are read in order.
        var rare = gmt.FiguresOf.Where(g => g.Value.Count is >= 2 and <= 5).Select(g => g.Key).Order().Take(3).ToList();
        Assert.True(rare.SelectMany(g => gmt.FiguresOf[g]).Distinct().Count() * 32 < gmt.Figures.Count, "the few-figure query touches < 1/32 of the figures");
        AssertExact(api, rare, universe);

        var many = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 9 == 0).ToList();
        Assert.True(many.SelectMany(g => gmt.FiguresOf[g]).Distinct().Count() * 32 >= gmt.Figures.Count, "the large query touches >= 1/32 of the figures");
        AssertExact(api, many, universe);
    }

    [ReleaseFact]
    public void Set_size_bounds_other_than_the_defaults_test_and_count_the_right_figures()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);
        var query = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 13 == 0).ToList();

        // The q-values depend on m, the figures with K within the bounds: exact BH over exactly those.
        AssertExact(api, query, universe, minSetSize: 5, maxSetSize: 40);
        AssertExact(api, query, universe, minSetSize: 0, maxSetSize: int.MaxValue);
        AssertExact(api, query, universe, minSetSize: int.MinValue, maxSetSize: 3);
        Assert.Empty(Enrich(api, query, universe, EnrichmentTests.Options(api, 10, 9)));
    }

    [ReleaseFact]
    public void The_same_universe_in_another_order_or_with_repeats_gives_the_same_results()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);
        var query = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 11 == 0).ToList();
        var expected = Enrich(api, query, universe).Select(Describe).ToList();

        var shuffled = universe.OrderBy(id => (id * 2654435761u) % 1_000_003).Concat(universe.Take(500)).ToArray();

        Assert.Equal(expected, Enrich(api, query, shuffled).Select(Describe));
        Assert.Equal(expected, Enrich(api, query, universe.ToList()).Select(Describe));
        Assert.NotEmpty(expected);
    }

    [ReleaseFact]
    public void A_universe_array_changed_in_place_is_prepared_again()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);
        var query = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 7 == 0).ToList();
        AssertExact(api, query, universe);

        // The gene in most figures leaves the universe (K of those figures drops; N too), in the same array.
        var common = gmt.FiguresOf.MaxBy(g => g.Value.Count).Key;
        var at = Array.IndexOf(universe, common);
        universe[at] = 800_000_000;
        AssertExact(api, query, universe);

        universe[at] = universe[at + 1];
        AssertExact(api, query, universe);

        universe[at] = common;
        AssertExact(api, query, universe);
    }

    [ReleaseFact]
    public void Queries_from_several_threads_at_once_give_the_results_of_one_thread()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);
        var genes = gmt.FiguresOf.Keys.Order().ToList();
        var queries = Enumerable.Range(0, 8).Select(q => genes.Where((_, i) => i % (3 + q) == q).Take(40 + (60 * q)).ToList()).ToList();
        var background = Activator.CreateInstance(api.Type("EnrichmentBackground"), [universe])!;
        var enrich = background.GetType().GetMethod("Enrich")!;
        List<string> Run(List<int> query) => LoadedAssembly.List(enrich.Invoke(background, [query, null])).Select(Describe).ToList();
        var expected = queries.Select(Run).ToList();

        var differences = new ConcurrentBag<string>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var q = (i * 5) % queries.Count;
            if (!Run(queries[q]).SequenceEqual(expected[q]))
            {
                differences.Add($"query {q} on call {i}");
            }
        });

        Assert.Empty(differences);
        Assert.All(expected, results => Assert.NotEmpty(results));
    }

    [ReleaseFact]
    public void Results_are_a_read_only_list_whose_rows_are_made_once()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var query = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 5 == 0).ToList();

        var results = (System.Collections.IList)api.Call("Figures", "Enrich", query, Universe(gmt), null!)!;

        Assert.True(results.Count > 100);
        Assert.True(results.IsReadOnly);
        Assert.Same(results[results.Count - 1], results[results.Count - 1]);
        Assert.Same(results[0], LoadedAssembly.List(results).First());
        Assert.Equal(results.Count - 1, results.IndexOf(results[results.Count - 1]));
        Assert.Throws<NotSupportedException>(() => results.Add(results[0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => results[results.Count]);
        var copy = new object[results.Count + 1];
        results.CopyTo(copy, 1);
        Assert.Same(results[3], copy[4]);
    }

    [ReleaseFact]
    public void Repeated_ids_and_ids_outside_the_universe_count_once_or_not_at_all()
    {
        var (api, gmt) = (_worm.Api.Value, _worm.Gmt.Value);
        var universe = Universe(gmt);
        var query = gmt.FiguresOf.Keys.Order().Where((_, i) => i % 17 == 0).ToList();
        var noisy = query.Concat(query.Take(10)).Concat([700_000_001, 700_000_002]).Concat(query.Take(3)).ToList();

        var expected = Enrich(api, query, universe).Select(Describe).ToList();

        Assert.Equal(expected, Enrich(api, noisy, universe).Select(Describe));
        Assert.Equal(expected, Enrich(api, noisy, universe).Select(Describe));
        Assert.Equal(query.Count, (int)LoadedAssembly.Get(Enrich(api, noisy, universe)[0], "QuerySize")!);
    }

    // The GMT's gene ids plus 3,000 no figure has, as a measured background would have.
    private static int[] Universe(GmtReading gmt) => gmt.FiguresOf.Keys.Order().Concat(Enumerable.Range(900_000_000, 3_000)).ToArray();

    /// <summary>The worm GMT read with string splitting: figure → genes and gene → figures.</summary>
    public sealed record GmtReading(List<string> Figures, Dictionary<int, HashSet<string>> FiguresOf);

    /// <summary>The API generated from the worm gene GMT alone, built once for the class.</summary>
    public sealed class WormApi
    {
        public WormApi()
        {
            Gmt = new Lazy<GmtReading>(() =>
            {
                var lines = File.ReadAllLines(Path.Combine(TestData.ReleaseDirectory!, WormGmt)).Select(line => line.Split('\t')).ToList();
                var figuresOf = new Dictionary<int, HashSet<string>>();
                foreach (var fields in lines)
                {
                    foreach (var id in fields.Skip(2).Select(int.Parse))
                    {
                        (figuresOf.TryGetValue(id, out var set) ? set : figuresOf[id] = []).Add(fields[0]);
                    }
                }

                return new GmtReading(lines.Select(fields => fields[0]).ToList(), figuresOf);
            });
            Api = new Lazy<LoadedAssembly>(() =>
            {
                var path = Path.Combine(TestData.ReleaseDirectory!, WormGmt);
                return GeneratorHarness.Run([(path, File.ReadAllText(path))], properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" }).Load();
            });
        }

        public Lazy<GmtReading> Gmt { get; }

        internal Lazy<LoadedAssembly> Api { get; }
    }
}
