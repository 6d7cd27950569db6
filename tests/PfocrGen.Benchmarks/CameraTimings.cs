using System.Collections;
using System.Diagnostics;
using System.Globalization;
using PfocrGen.Benchmarks.Infrastructure;
using PfocrGen.Tests.Analysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// <c>Figures.Camera</c> on a real release GMT with <see cref="CameraExperiment"/>'s statistic (signal, ties, genes
/// in no figure): writes the statistic and the results to a folder for <c>scripts/perf/camera-vs-r.R</c>, which runs
/// limma's <c>cameraPR</c> on the same input, times it and compares. Timed two ways: calls that alternate between two
/// statistics (so each call prepares its statistic, as limma does every call) and calls repeating one statistic
/// (the prepared statistic reused). With a call count, only that many alternating calls are made after the
/// generation, for timing whole processes (the difference between two counts is the calls' cost).
/// </summary>
internal static class CameraTimings
{
    private const int Runs = 15;

    public static void Print(string gmtPath, string outputFolder, bool useRanks, int? calls, TextWriter output)
    {
        Directory.CreateDirectory(outputFolder);
        var build = Stopwatch.StartNew();
        var api = GeneratedApi.LoadFrom([new InMemoryAdditionalText(Path.GetFileName(gmtPath), File.ReadAllText(gmtPath))]);
        output.WriteLine($"generated and compiled {Path.GetFileName(gmtPath)} in {build.Elapsed.TotalSeconds:F1} s");

        var figureGenes = CameraExperiment.FigureGenes(gmtPath);
        var statistic = CameraExperiment.ForRelease(figureGenes);
        var other = CameraExperiment.ForRelease(figureGenes, CameraExperiment.Seed + 1);
        var outside = statistic.Count(pair => pair.Key >= CameraExperiment.OutsideIdsStart);
        var first = new Dictionary<int, double>(statistic);
        var second = new Dictionary<int, double>(other);
        var options = api.CameraOptions(useRanks);
        var mode = useRanks ? "ranks" : "parametric";

        if (calls is int count)
        {
            for (var call = 0; call < count; call++)
            {
                api.Camera(call % 2 == 0 ? first : second, options);
            }

            output.WriteLine($"{count} {mode} calls done");
            return;
        }

        CameraExperiment.Write(Path.Combine(outputFolder, "statistic.tsv"), statistic);
        var firstCall = Stopwatch.StartNew();
        var results = api.Camera(first, options);
        output.WriteLine($"G = {first.Count:N0} genes ({outside:N0} in no figure), {results.Count:N0} figures tested; first call {firstCall.Elapsed.TotalMilliseconds:F1} ms");

        // Enough calls for the runtime to compile the hot methods at their last tier (and CoreLib's sort with them).
        for (var warm = 0; warm < 60; warm++)
        {
            api.Camera(warm % 2 == 0 ? second : first, options);
        }

        Time($"{mode}, a new statistic each call", call => api.Camera(call % 2 == 0 ? second : first, options), output);
        Time($"{mode}, the same statistic again", _ => api.Camera(first, options), output);

        results = api.Camera(first, options);
        var path = Path.Combine(outputFolder, $"pfocrgen-camera-{mode}.tsv");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine("figure\tset_size\tdirection\tp\tfdr");
            foreach (var result in results)
            {
                writer.WriteLine(string.Join('\t', Read<object>(result, "Figure").ToString(), Read<int>(result, "SetSize").ToString(CultureInfo.InvariantCulture),
                    Read<object>(result, "Direction").ToString(), Real(Read<double>(result, "PValue")), Real(Read<double>(result, "AdjustedPValue"))));
            }
        }

        output.WriteLine($"wrote {outputFolder}/statistic.tsv and {path}; compare: Rscript scripts/perf/camera-vs-r.R {gmtPath} {outputFolder} {mode}");
    }

    private static void Time(string what, Func<int, IList> call, TextWriter output)
    {
        var times = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            call(run);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Runs;
        output.WriteLine($"{what}: median {times[Runs / 2]:F2} ms, min {times[0]:F2} ms, max {times[^1]:F2} ms; allocated {allocated / 1024.0:F0} KB per call");
    }

    private static T Read<T>(object result, string property) => (T)result.GetType().GetProperty(property)!.GetValue(result)!;

    private static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
