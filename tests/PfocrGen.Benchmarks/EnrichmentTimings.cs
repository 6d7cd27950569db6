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
/// <c>scripts/perf/enrich-vs-r.R</c> can time R's vectorised <c>phyper</c> + <c>p.adjust</c> over the same sets and
/// check the results agree.
/// </summary>
internal static class EnrichmentTimings
{
    // The universe is every gene id of the GMT plus ids no figure has (as a measured background does), so that
    // |universe| is the issue's 19,690 for the mouse file; the queries are drawn from the GMT's ids.
    private const int UniverseSize = 19_690;
    private const int OutsideIdsStart = 900_000_000;
    // Runs per query: the median of 51 stays put on a shared machine where one of 7 did not (the largest queries
    // moved by 2x between two runs of the same code under load 8-11).
    private const int Runs = 51;

    // Warm-up rounds at most (each all queries, both ways of calling); with a fixed 3 the runtime was still
    // compiling during the timed calls.
    private const int MaxWarmRounds = 20;

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

        // Warm: the numbers below are a long-running process's, with the code at its final JIT tier (both ways
        // of calling that are timed: results returned, and results returned and read). Rounds until one compiles
        // nothing: the runtime starts counting calls only once compiling has paused, so a method can reach its
        // last tier several rounds after its first call (under load, later still).
        Settle(output);
        for (var round = 1; round <= MaxWarmRounds; round++)
        {
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            queries.ForEach(query => api.Enrich(query, universe));
            queries.ForEach(query => ReadAll(api.Enrich(query, universe)));
            WaitUntilNothingCompiles();
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == compiledBefore)
            {
                output.WriteLine($"warm after {round} rounds of the queries");
                break;
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var found = new IList[queries.Count];
        var called = Time("per query", queries, q => found[q] = api.Enrich(queries[q], universe), universe.Length, output);

        // Results may be made on first access: the same queries with every result read as well, as a caller that
        // uses them all would, so the cost of the results themselves is counted somewhere.
        var read = Time("per query with every result read", queries, q => found[q] = ReadAll(api.Enrich(queries[q], universe)), universe.Length, output);

        // Per query, for scripts/perf/enrich-vs-r.R to set beside R's time for the same query: median wall time and
        // mean processor time per call, of the call and of the call with every result read.
        File.WriteAllLines(Path.Combine(outputFolder, "pfocrgen-timings.tsv"), new[] { "query\tresults\tms\tms_read\tcpu_ms\tcpu_ms_read" }
            .Concat(Enumerable.Range(0, queries.Count).Select(q => string.Join('\t', Int(q + 1), Int(found[q].Count),
                Real(called.Medians[q]), Real(read.Medians[q]), Real(called.Processor[q]), Real(read.Processor[q])))));

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

        output.WriteLine($"wrote {outputFolder}/queries.tsv, universe.txt, pfocrgen-results.tsv and pfocrgen-timings.tsv; compare: Rscript scripts/perf/enrich-vs-r.R {gmtPath} {outputFolder}");
        ProfileLoop(api, queries, universe, output);
    }

    private static IList ReadAll(IList results)
    {
        foreach (var result in results)
        {
            GC.KeepAlive(result);
        }

        return results;
    }

    // Each query run `Runs` times: its median wall time and mean processor time per call are returned; processor
    // time, allocation and collections over all calls are printed.
    private static (double[] Medians, double[] Processor) Time(string what, List<int[]> queries, Func<int, IList> call, int universeSize, TextWriter output)
    {
        var perQuery = new List<double>();
        var processor = new double[queries.Count];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var threadsBefore = ThreadTimes();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var pausedBefore = GC.GetTotalPauseDuration();
        for (var q = 0; q < queries.Count; q++)
        {
            var times = new List<double>();
            var queryCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var run = 0; run < Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                call(q);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            processor[q] = (Process.GetCurrentProcess().TotalProcessorTime - queryCpuBefore).TotalMilliseconds / Runs;
            times.Sort();
            perQuery.Add(times[times.Count / 2]);
        }

        var medians = perQuery.ToArray();

        // Processor time as well as wall time: on a busy machine the first stays honest where the second does not.
        var calls = queries.Count * Runs;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / calls;
        var threads = ThreadTimes();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / calls;
        var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
        var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / calls;
        perQuery.Sort();
        output.WriteLine($"{queries.Count} queries of 20-1000 genes, universe {universeSize:N0}, {what}: median {perQuery[perQuery.Count / 2]:F3} ms, "
            + $"min {perQuery[0]:F3} ms, max {perQuery[^1]:F3} ms; processor time per query (mean, all threads) {cpu:F3} ms");
        output.WriteLine("  of which, by thread (ms per query): " + string.Join(", ", threads
            .Select(t => (t.Key, Ms: (t.Value - threadsBefore.GetValueOrDefault(t.Key)) / 1e6 / calls))
            .Where(t => t.Ms >= 0.001).OrderByDescending(t => t.Ms).Select(t => $"{t.Key} {t.Ms:F3}")));
        output.WriteLine($"  allocated {allocated / 1024.0:F1} KB per query; collections gen0/1/2 over the {calls} calls: {string.Join("/", collections)}, "
            + $"paused {paused:F3} ms per query");
        return (medians, processor);
    }

    // The generator and the compiler ran in this process just before: for seconds afterwards the runtime compiles
    // their methods again at tier 1 on a background thread, which the queries' processor time would be billed for
    // (measured: 2.1 ms per query against a wall median of 0.3 ms). Wait for that, then collect the compilation's
    // garbage, so the timings are a long-running process's.
    private static void Settle(TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var before = System.Runtime.JitInfo.GetCompiledMethodCount();
        WaitUntilNothingCompiles();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        output.WriteLine($"settled in {watch.Elapsed.TotalSeconds:F1} s ({System.Runtime.JitInfo.GetCompiledMethodCount() - before:N0} methods compiled meanwhile)");
    }

    // Until no method has been compiled for a second (at most a minute).
    private static void WaitUntilNothingCompiles()
    {
        var watch = Stopwatch.StartNew();
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            Thread.Sleep(1000);
        }
        while (System.Runtime.JitInfo.GetCompiledMethodCount() != compiled && watch.Elapsed.TotalSeconds < 60);
    }

    // Processor time per thread (name/id → ns on a processor, from Linux's schedstat), to tell the queries' own
    // thread from the runtime's (garbage collection, JIT); empty elsewhere.
    private static Dictionary<string, long> ThreadTimes()
    {
        var times = new Dictionary<string, long>();
        if (!Directory.Exists("/proc/self/task"))
        {
            return times;
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim() + "/" + Path.GetFileName(task);
                times[name] = long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return times;
    }

    // PFOCR_ENRICH_PROFILE_SECONDS=n repeats the queries for n seconds after the timings, announced on a line of
    // its own, so that a profiler attached then (perf record -p) samples the steady state alone; the largest
    // queries take most of the loop's time.
    private static void ProfileLoop(GeneratedApi api, List<int[]> queries, int[] universe, TextWriter output)
    {
        if (!double.TryParse(Environment.GetEnvironmentVariable("PFOCR_ENRICH_PROFILE_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return;
        }

        // PFOCR_ENRICH_PROFILE_READ=1: every result read as well, as the second timing does.
        var readAll = Environment.GetEnvironmentVariable("PFOCR_ENRICH_PROFILE_READ") == "1";
        output.WriteLine($"profiling loop: {seconds:F0} s{(readAll ? ", every result read" : "")}");
        output.Flush();
        var calls = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var results = api.Enrich(queries[calls++ % queries.Count], universe);
            if (readAll)
            {
                ReadAll(results);
            }
        }

        output.WriteLine($"profiling loop: {calls:N0} calls, {watch.Elapsed.TotalMilliseconds / calls:F3} ms each");
    }

    private static T Read<T>(object result, string property) => (T)result.GetType().GetProperty(property)!.GetValue(result)!;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
