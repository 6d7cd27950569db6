using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using PfocrGen.Benchmarks.Infrastructure;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// <c>Figures.Enrich</c> per query on a real release GMT, timed the way a user calls it: the same universe array
/// each time, a fresh query each call. Writes the queries, the universe and every result to a folder, so that
/// <c>scripts/enrich-vs-r.R</c> can time R's vectorised <c>phyper</c> + <c>p.adjust</c> over the same sets and
/// check the results agree.
/// </summary>
internal static class EnrichmentTimings
{
    // The universe is every gene id of the GMT plus ids no figure has (as a measured background does), so that
    // |universe| is the issue's 19,690 for the mouse file; the queries are drawn from the GMT's ids.
    private const int UniverseSize = 19_690;
    private const int OutsideIdsStart = 900_000_000;
    private const int Runs = 7;

    public static void Print(string gmtPath, string outputFolder, TextWriter output)
    {
        Directory.CreateDirectory(outputFolder);
        var text = new InMemoryAdditionalText(Path.GetFileName(gmtPath), File.ReadAllText(gmtPath));
        var build = Stopwatch.StartNew();
        var api = GeneratedApi.LoadFrom([text]);
        output.WriteLine($"generated and compiled {Path.GetFileName(gmtPath)} in {build.Elapsed.TotalSeconds:F1} s");

        var gmtIds = File.ReadLines(gmtPath).SelectMany(line => line.Split('\t').Skip(2)).Select(int.Parse).Distinct().Order().ToArray();
        var universe = gmtIds.Concat(Enumerable.Range(OutsideIdsStart, Math.Max(0, UniverseSize - gmtIds.Length))).ToArray();
        var random = new Random(20261129);
        var queries = new List<int[]>();
        foreach (var size in new[] { 20, 50, 100, 200, 500, 1000 })
        {
            for (var i = 0; i < 5; i++)
            {
                queries.Add(gmtIds.OrderBy(_ => random.Next()).Take(size).ToArray());
            }
        }

        File.WriteAllLines(Path.Combine(outputFolder, "universe.txt"), universe.Select(Int));
        File.WriteAllLines(Path.Combine(outputFolder, "queries.tsv"), queries.Select(q => string.Join('\t', q.Select(Int))));

        var first = Stopwatch.StartNew();
        api.Enrich(queries[0], universe);
        output.WriteLine($"first call (the universe not seen before): {first.Elapsed.TotalMilliseconds:F1} ms");

        // Warm: the numbers below are a long-running process's, with the code at its final JIT tier.
        for (var warm = 0; warm < 3; warm++)
        {
            queries.ForEach(query => api.Enrich(query, universe));
        }

        Thread.Sleep(500);
        var perQuery = new List<double>();
        var found = new IList[queries.Count];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var q = 0; q < queries.Count; q++)
        {
            var times = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                found[q] = api.Enrich(queries[q], universe);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            perQuery.Add(times[times.Count / 2]);
        }

        // Processor time as well as wall time: on a busy machine the first stays honest where the second does not.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (queries.Count * Runs);
        perQuery.Sort();
        output.WriteLine($"{queries.Count} queries of 20-1000 genes, universe {universe.Length:N0}: per query median {perQuery[perQuery.Count / 2]:F3} ms, "
            + $"min {perQuery[0]:F3} ms, max {perQuery[^1]:F3} ms; processor time per query (mean, all threads) {cpu:F3} ms");
        using (var results = new StreamWriter(Path.Combine(outputFolder, "pfocrgen-results.tsv")))
        {
            results.WriteLine("query\tfigure\toverlap\tset_size\tp\tq");
            for (var q = 0; q < queries.Count; q++)
            {
                foreach (var result in found[q])
                {
                    results.WriteLine(string.Join('\t', Int(q + 1), Read<object>(result, "Figure").ToString(), Int(Read<int>(result, "Overlap")),
                        Int(Read<int>(result, "SetSize")), Real(Read<double>(result, "PValue")), Real(Read<double>(result, "AdjustedPValue"))));
                }
            }
        }

        output.WriteLine($"wrote {outputFolder}/queries.tsv, universe.txt and pfocrgen-results.tsv; compare: Rscript scripts/enrich-vs-r.R {gmtPath} {outputFolder}");
        ProfileLoop(api, queries, universe, output);
    }

    // PFOCR_ENRICH_PROFILE_SECONDS=n repeats the queries for n seconds after the timings, announced on a line of
    // its own, so that a profiler attached then (perf record -p) samples the steady state alone.
    private static void ProfileLoop(GeneratedApi api, List<int[]> queries, int[] universe, TextWriter output)
    {
        if (!double.TryParse(Environment.GetEnvironmentVariable("PFOCR_ENRICH_PROFILE_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return;
        }

        output.WriteLine($"profiling loop: {seconds:F0} s");
        output.Flush();
        var calls = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            api.Enrich(queries[calls++ % queries.Count], universe);
        }

        output.WriteLine($"profiling loop: {calls:N0} calls, {watch.Elapsed.TotalMilliseconds / calls:F3} ms each");
    }

    private static T Read<T>(object result, string property) => (T)result.GetType().GetProperty(property)!.GetValue(result)!;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
