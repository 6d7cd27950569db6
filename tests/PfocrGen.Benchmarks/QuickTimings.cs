using PfocrGen.Tests.Infrastructure;
using System.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;
using Corpus = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Benchmarks;

/// <summary>
/// A Stopwatch read of cold generation, the YamlDotNet floor and a one-record edit, for iterating on the generator
/// in a minute instead of BenchmarkDotNet's half hour. Medians of a few runs after a warm-up; the BenchmarkDotNet
/// suites remain the numbers of record.
/// </summary>
internal static class QuickTimings
{
    public static void Print(int records, TextWriter output)
    {
        var corpus = BenchCorpus.Create(records);
        var consumer = Generation.Consumer();

        var floor = Median(3, () => YamlFloor.ParseAll(corpus.FrontMatters));
        var cold = Median(3, () => Generation.Driver(corpus.Texts).RunGenerators(consumer));

        var warm = Generation.Driver(corpus.Texts).RunGenerators(consumer);
        var original = corpus.Files.First(f => f.IsRecord);
        var current = corpus.FirstRecord;
        var revision = 0;
        var edit = Median(9, () =>
        {
            var next = new InMemoryAdditionalText(current.Path, Corpus.EditRecord(original, ++revision).Text);
            warm = warm.ReplaceAdditionalText(current, next).RunGenerators(consumer);
            current = next;
        });

        PrintStages(corpus, output);
        output.WriteLine($"{records:N0} records: floor {floor:F0} ms, cold {cold:F0} ms ({cold / floor:F2}x floor), "
            + $"one-record edit {edit:F1} ms ({100 * edit / cold:F1} % of cold)");
    }

    // The generator's stages called directly, so a slow stage shows without a profiler.
    private static void PrintStages(BenchCorpus corpus, TextWriter output)
    {
        var options = Model.GeneratorOptions.Default;
        System.Collections.Immutable.ImmutableArray<Model.EncodedFile> encoded = default;
        List<Model.ParsedFile> parsed = null!;
        var parse = Median(3, () => parsed = corpus.Texts.Select(t => Parsing.InputFileParser.Parse(t, default)).ToList());
        var records = corpus.Texts.Where(t => t.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var tables = corpus.Texts.Where(t => t.Path.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        var parseRecords = Median(3, () => records.ForEach(t => Parsing.InputFileParser.Parse(t, default)));
        var parseTables = Median(3, () => tables.ForEach(t => Parsing.InputFileParser.Parse(t, default)));
        output.WriteLine($"parse: records {parseRecords:F0} ms, tables {parseTables:F0} ms");
        var encode = Median(3, () => encoded = System.Collections.Immutable.ImmutableArray.CreateRange(parsed.Select(f => Packing.SegmentEncoder.Encode(f, options))));
        Building.Dataset dataset = null!;
        var build = Median(3, () => dataset = Building.DatasetBuilder.Build(encoded, options));
        Model.MemberNames names = null!;
        var name = Median(3, () => names = Naming.MemberNaming.Assign(dataset.NamingKeys));
        Model.OutputPlan plan = null!;
        var planning = Median(3, () => plan = Planning.OutputPlanner.Plan(dataset, names, options));
        var length = 0;
        var emit = Median(3, () => length = Emitting.IndexEmitter.Emit(plan.Index).Length
            + plan.FigureShards.Sum(s => Emitting.FigureShardEmitter.Emit(s).Length)
            + plan.PaperShards.Sum(s => Emitting.PaperMembersEmitter.Emit(s).Length)
            + plan.GeneShards.Sum(s => Emitting.GeneMembersEmitter.Emit(s).Length));
        output.WriteLine($"stages: parse {parse:F0} ms, encode {encode:F0} ms, build {build:F0} ms, name {name:F0} ms, plan {planning:F0} ms, emit {emit:F0} ms");
    }

    internal static double Median(int runs, Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
