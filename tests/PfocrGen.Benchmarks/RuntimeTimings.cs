using System.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// A Stopwatch read of the generated runtime: the first <c>Figures.ById</c> in a fresh load (type initialisers and
/// JIT included), the first read of 1,024 figures' genes and captions (the packed segments decoded), and steady
/// <c>Figures.ById</c> / <c>Genes.ByEntrez</c> lookups, and what the generated tables spare: loading the same records
/// at startup with YamlDotNet. For comparing two builds of the runtime in a minute; medians of fresh loads.
/// </summary>
internal static class RuntimeTimings
{
    public static void Print(int records, TextWriter output)
    {
        var corpus = BenchCorpus.Create(records);
        var yaml = YamlStartupLoader.Load(corpus.Files);
        var figureIds = yaml.FiguresById.Keys.Take(1024).Select(k => new string(k.AsSpan())).ToArray();
        var entrezIds = yaml.GenesByEntrez.Keys.Take(1024).ToArray();
        GeneratedApi.Load(corpus, records); // compiles once

        var first = Median(15, () => GeneratedApi.Load(corpus, records), api => api.FigureById(figureIds[0]));
        var details = Median(9, () => GeneratedApi.Load(corpus, records), api =>
        {
            foreach (var id in figureIds)
            {
                var figure = api.FigureById(id)!;
                _ = ((System.Collections.ICollection)figure.GetType().GetProperty("Genes")!.GetValue(figure)!).Count;
                _ = figure.GetType().GetProperty("Caption")!.GetValue(figure);
            }
        });

        // YamlDotNet is already compiled by the load above, which is in the loader's favour.
        var startupLoad = Median(3, () => () => YamlStartupLoader.Load(corpus.Files));

        var warm = GeneratedApi.Load(corpus, records);
        _ = warm.GeneByEntrez(entrezIds[0]);
        const int Calls = 2_000_000;
        var byId = PerCall(Calls, i => warm.FigureById(figureIds[i & 1023]));
        var byEntrez = PerCall(Calls, i => warm.GeneByEntrez(entrezIds[i & 1023]));

        output.WriteLine($"{records:N0} records: first Figures.ById {first:F2} ms, first genes+caption of 1,024 figures {details:F2} ms, "
            + $"Figures.ById {byId:F1} ns, Genes.ByEntrez {byEntrez:F1} ns; "
            + $"YamlDotNet startup load {startupLoad:F0} ms, {startupLoad / first:F0}x the first answer");
    }

    // Each run loads a fresh copy of the generated assembly (not timed), then times the first calls into it.
    private static double Median(int runs, Func<GeneratedApi> load, Action<GeneratedApi> measured) =>
        Median(runs, () =>
        {
            var api = load();
            return () => measured(api);
        });

    // prepare runs untimed and returns what to time.
    private static double Median(int runs, Func<Action> prepare)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var measured = prepare();
            var watch = Stopwatch.StartNew();
            measured();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static double PerCall(int calls, Func<int, object?> call)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                _ = call(i);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1e6 / calls);
        }

        return best;
    }
}
