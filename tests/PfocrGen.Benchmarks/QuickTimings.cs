using PfocrGen.Tests.Infrastructure;
using System.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;
using Corpus = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Benchmarks;

/// <summary>
/// A Stopwatch read of cold generation against the YamlDotNet floor (alternated, the ratio taken per pair) and of a
/// one-record edit, for iterating on the generator in a minute instead of BenchmarkDotNet's half hour. Medians of a
/// few runs after a warm-up; the BenchmarkDotNet suites remain the numbers of record.
/// </summary>
internal static class QuickTimings
{
    public static void Print(int records, TextWriter output)
    {
        var corpus = BenchCorpus.Create(records);
        var consumer = Generation.Consumer();

        // Floor and cold runs alternate and the ratio is taken pair by pair, so that the load of a shared machine,
        // which changes from one minute to the next, moves both sides of a ratio alike. Each cold run gets texts it
        // has not seen, or the parse cache would let every run after the first skip parsing.
        var (floor, cold, ratio, lowest, highest) = Paired(
            5,
            () => YamlFloor.ParseAll(corpus.FrontMatters),
            corpus.FreshTexts,
            texts => Generation.Driver(texts).RunGenerators(consumer));

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
        output.WriteLine($"{records:N0} records: floor {floor:F0} ms, cold {cold:F0} ms ({ratio:F2}x floor, pairs {lowest:F2}–{highest:F2}x), "
            + $"one-record edit {edit:F1} ms ({100 * edit / cold:F1} % of cold)");
    }

    // The generator's stages called directly, so a slow stage shows without a profiler.
    private static void PrintStages(BenchCorpus corpus, TextWriter output)
    {
        var options = Model.GeneratorOptions.Default;
        System.Collections.Immutable.ImmutableArray<Model.EncodedFile> encoded = default;
        List<Model.ParsedFile> parsed = null!;
        var parse = Median(3, corpus.FreshTexts, texts => parsed = texts.Select(t => Parsing.InputFileParser.Parse(t, default)).ToList());
        List<Microsoft.CodeAnalysis.AdditionalText> Fresh(string extension) =>
            corpus.FreshTexts().Where(t => t.Path.EndsWith(extension, StringComparison.Ordinal)).ToList();
        var parseRecords = Median(3, () => Fresh(".md"), texts => texts.ForEach(t => Parsing.InputFileParser.Parse(t, default)));
        var parseTables = Median(3, () => Fresh(".tsv"), texts => texts.ForEach(t => Parsing.InputFileParser.Parse(t, default)));
        output.WriteLine($"parse: records {parseRecords:F0} ms, tables {parseTables:F0} ms");
        PrintFrontMatterReaders(corpus, output);
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

    // Only the front matter into a positioned tree, by each reader the record parser may use, on the same texts.
    private static void PrintFrontMatterReaders(BenchCorpus corpus, TextWriter output)
    {
        var records = corpus.Files.Where(f => f.IsRecord).Select(f => f.Text).ToList();
        double Read(Parsing.FrontMatterReader reader) => Median(3, () =>
        {
            foreach (var text in records)
            {
                Parsing.FrontMatter.TryFind(text, out var start, out var length, out _);
                var positions = new Parsing.FilePositions(Microsoft.CodeAnalysis.Text.SourceText.From(text));
                reader("/corpus/x.md", text, start, length, positions, default);
            }
        });

        output.WriteLine($"front matter to tree: scanner first {Read(Parsing.FrontMatterReaders.ScannerFirst):F0} ms, YamlDotNet only {Read(Parsing.FrontMatterReaders.YamlDotNetOnly):F0} ms");
    }

    /// <summary>
    /// <paramref name="pairs"/> runs of <paramref name="floor"/> and <paramref name="measured"/> in turn, after one
    /// warm-up each: the medians of each and the median, lowest and highest of the pairs' ratios.
    /// </summary>
    private static (double Floor, double Measured, double Ratio, double Lowest, double Highest) Paired<T>(
        int pairs, Action floor, Func<T> prepare, Action<T> measured)
    {
        floor();
        measured(prepare());
        var floors = new List<double>();
        var times = new List<double>();
        var ratios = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            var watch = Stopwatch.StartNew();
            floor();
            floors.Add(watch.Elapsed.TotalMilliseconds);
            var input = prepare();
            watch.Restart();
            measured(input);
            times.Add(watch.Elapsed.TotalMilliseconds);
            ratios.Add(times[^1] / floors[^1]);
        }

        floors.Sort();
        times.Sort();
        ratios.Sort();
        return (floors[pairs / 2], times[pairs / 2], ratios[pairs / 2], ratios[0], ratios[^1]);
    }

    internal static double Median(int runs, Action action) => Median(runs, () => 0, _ => action());

    /// <summary>As <see cref="Median(int, Action)"/>, with each run's input made by <paramref name="prepare"/> outside the timing.</summary>
    internal static double Median<T>(int runs, Func<T> prepare, Action<T> action)
    {
        action(prepare());
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var input = prepare();
            var watch = Stopwatch.StartNew();
            action(input);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
