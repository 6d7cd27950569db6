using PfocrGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using PfocrGen.Benchmarks.Infrastructure;
using Corpus = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Counts, with step tracking on, how many items of each pipeline step ran again after a one-record edit at
/// scale (the structural half of the edit target; the timed half is <see cref="IncrementalEditBenchmarks"/>).
/// </summary>
internal static class RerunCounts
{
    public static void Print(int records, TextWriter output)
    {
        var corpus = BenchCorpus.Create(records);
        var consumer = Generation.Consumer();
        var driver = Generation.Driver(corpus.Texts, trackSteps: true).RunGenerators(consumer);
        var edited = new InMemoryAdditionalText(corpus.FirstRecord.Path, Corpus.EditRecord(corpus.Files.First(f => f.IsRecord), 1).Text);
        var result = driver.ReplaceAdditionalText(corpus.FirstRecord, edited).RunGenerators(consumer).GetRunResult().Results.Single();

        output.WriteLine($"{records:N0} records ({corpus.Texts.Count:N0} files), after editing one record:");
        output.WriteLine("| step | items | re-run (New/Modified/Removed) | reused (Cached/Unchanged) |");
        output.WriteLine("|---|---:|---:|---:|");
        // The driver lists its source-output step in both collections; each step is printed once.
        foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps).DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            var reused = reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            output.WriteLine($"| {name} | {reasons.Count} | {reasons.Count - reused} | {reused} |");
        }

        output.WriteLine();
    }
}
