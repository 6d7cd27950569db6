using System.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// One cold run of the generator over every file of a folder (a release or corpus written by
/// tests/PfocrGen.CorpusWriter, or real files), in a fresh process as a compiler runs it, JIT included: the whole
/// run, each named pipeline step's own time, and the size of what it generated. What the run spends outside the
/// named steps is mostly the driver parsing the generated source into syntax trees. Step tracking adds a little
/// work of its own, so the step times are shares of the run, not numbers of record.
/// </summary>
internal static class FolderTimings
{
    public static void Print(string folder, TextWriter output)
    {
        var read = Stopwatch.StartNew();
        var texts = FolderTexts.Read(folder);
        output.WriteLine($"read {texts.Count:N0} files, {texts.Sum(t => (long)t.GetText()!.Length) / 1e6:F0} M characters, in {read.Elapsed.TotalSeconds:F1} s");

        var driver = Generation.Driver(texts, trackSteps: true);
        var consumer = Generation.Consumer();
        var pausedBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var run = Stopwatch.StartNew();
        driver = driver.RunGenerators(consumer);
        var elapsed = run.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var collections = (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3);
        var result = driver.GetRunResult().Results.Single();
        output.WriteLine($"cold run: {elapsed.TotalSeconds:F1} s; generated {result.GeneratedSources.Length} files, "
            + $"{result.GeneratedSources.Sum(s => (long)s.SourceText.Length) / 1e6:F1} M characters; {result.Diagnostics.Length} diagnostics");
        output.WriteLine($"garbage collector during the run: {paused.TotalSeconds:F1} s paused; {collections.Item1} gen0, {collections.Item2} gen1, {collections.Item3} gen2 collections; "
            + $"{allocated / 1e9:F2} GB allocated during the run, {GC.GetTotalAllocatedBytes() / 1e9:F1} GB by the process in all");

        foreach (var group in result.Diagnostics.GroupBy(d => (d.Id, d.Severity)).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Id} ({group.Key.Severity}): {group.Count():N0}, e.g. {group.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var steps = result.TrackedSteps
            .Select(step => (Name: step.Key, Runs: step.Value.Length, Seconds: step.Value.Sum(s => s.ElapsedTime.TotalSeconds)))
            .OrderByDescending(step => step.Seconds)
            .ToList();
        foreach (var (name, runs, seconds) in steps)
        {
            output.WriteLine($"  {name,-22} {runs,7:N0} runs {seconds,8:F2} s");
        }

        output.WriteLine($"  (outside the named steps: {elapsed.TotalSeconds - steps.Sum(s => s.Seconds):F1} s)");
    }
}
