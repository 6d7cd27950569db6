using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Benchmarks.Infrastructure;
using PfocrGen.InputChecking;
using PfocrGen.SyntheticCorpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// What the input analyzer (issue #23) costs beside the generator, Stopwatch medians of three, each over texts read
/// afresh (new text objects, so no earlier parse is reused):
/// <list type="bullet">
/// <item>a cold generator run, then the analyzer over the same texts, as in a build (parses and cross-file
/// diagnostics taken from the generator);</item>
/// <item>the analyzer alone over fresh texts (it parses the files and joins them itself);</item>
/// <item>after a one-record edit, as in the IDE: that record's own analysis; the whole analysis with the generator
/// already run on the edit (the compilation-end action takes its cross-file diagnostics) and without (it computes
/// them itself).</item>
/// </list>
/// The analyzer runs over the consumer compilation without the generated code, which it does not read.
/// </summary>
internal static class InputCheckTimings
{
    public static void Print(int records, TextWriter output)
    {
        var corpus = BenchCorpus.Create(records);
        Measure(Fresh(BenchCorpus.Create(20).Texts), output: null);
        output.WriteLine($"{records:N0} records, {corpus.Texts.Count:N0} files:");
        Measure(corpus.Texts, output);
    }

    private static void Measure(IReadOnlyList<AdditionalText> texts, TextWriter? output)
    {
        var generator = new List<double>();
        var afterGenerator = new List<double>();
        var alone = new List<double>();
        var editedFile = new List<double>();
        var editWithGenerator = new List<double>();
        var editWithoutGenerator = new List<double>();
        var reported = 0;
        var allocated = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var build = Fresh(texts);
            var driver = Generation.Driver(build);
            generator.Add(Time(() => driver = driver.RunGenerators(Generation.Consumer())));
            var before = GC.GetTotalAllocatedBytes(precise: true);
            afterGenerator.Add(Time(() => reported = Analyze(build).Length));
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0);
            alone.Add(Time(() => Analyze(Fresh(texts))));

            // The IDE after an edit: the edited record analyzed on its own, then the whole project, with the
            // generator run on the edit first (its cross-file results shared) or not.
            var (edited, replacement) = Edit(build);
            editedFile.Add(Time(() => AnalyzeFile(edited, replacement)));
            editWithoutGenerator.Add(Time(() => Analyze(edited)));
            var (again, again2) = Edit(build);
            driver.ReplaceAdditionalText(build.First(IsFirstRecord), again2).RunGenerators(Generation.Consumer());
            editWithGenerator.Add(Time(() => Analyze(again)));
        }

        output?.WriteLine($"  generator, cold: {Median(generator):F0} ms; then the input analyzer over the same texts: {Median(afterGenerator):F0} ms, {Median(allocated):F0} MB allocated ({reported} diagnostics)");
        output?.WriteLine($"  input analyzer alone over fresh texts (parses and joins the files itself): {Median(alone):F0} ms");
        output?.WriteLine($"  after a one-record edit: that record's analysis {Median(editedFile):F1} ms; the whole analysis with the generator run on the edit "
            + $"{Median(editWithGenerator):F0} ms, without {Median(editWithoutGenerator):F0} ms");
    }

    private static ImmutableArray<Diagnostic> Analyze(IReadOnlyList<AdditionalText> texts) =>
        Analyzers(texts).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    private static void AnalyzeFile(IReadOnlyList<AdditionalText> texts, AdditionalText file) =>
        Analyzers(texts).GetAnalysisResultAsync(file, CancellationToken.None).GetAwaiter().GetResult();

    private static CompilationWithAnalyzers Analyzers(IReadOnlyList<AdditionalText> texts) =>
        Generation.Consumer().WithAnalyzers(
            [new InputDiagnosticsAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], NoOptions.Instance), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));

    private static (List<AdditionalText> Texts, AdditionalText Replacement) Edit(IReadOnlyList<AdditionalText> texts)
    {
        var first = texts.First(IsFirstRecord);
        var replacement = new InMemoryAdditionalText(first.Path, SyntheticCorpus.SyntheticCorpus.EditRecord(new CorpusFile(first.Path, first.GetText()!.ToString()), 1).Text);
        return (texts.Select(t => ReferenceEquals(t, first) ? replacement : t).ToList(), replacement);
    }

    private static bool IsFirstRecord(AdditionalText text) => text.Path.EndsWith(".md", StringComparison.Ordinal);

    private static List<AdditionalText> Fresh(IEnumerable<AdditionalText> texts) =>
        texts.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.GetText()!.ToString())).ToList();

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private sealed class NoOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly NoOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = null;
                return false;
            }
        }
    }
}
