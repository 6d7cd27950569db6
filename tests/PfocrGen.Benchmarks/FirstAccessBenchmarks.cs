using BenchmarkDotNet.Attributes;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Time to the first answer in a fresh process: the generated tables' type initialisation (a new load context per
/// iteration, so it runs every time, JIT included) against loading the records at startup with YamlDotNet.
/// </summary>
[HeavyJob(iterations: 5)]
public class FirstAccessBenchmarks
{
    private BenchCorpus _corpus = null!;
    private GeneratedApi _fresh = null!;
    private string _figureId = null!;

    [Params(10_000, 80_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Create(Records);
        _figureId = SyntheticCorpus.SyntheticCorpus.FrontMatter(_corpus.Files[0].Text).Split('\n')[0]["figid: ".Length..];
        GeneratedApi.Load(_corpus, Records);
    }

    [IterationSetup(Target = nameof(GeneratedFirstAnswer))]
    public void LoadFreshAssembly() => _fresh = GeneratedApi.Load(_corpus, Records);

    [Benchmark(Baseline = true, Description = "YamlDotNet startup load + lookup")]
    public object? YamlStartupThenLookup() => YamlStartupLoader.Load(_corpus.Files).FiguresById[_figureId];

    [Benchmark(Description = "PfocrGen first Figures.ById (type init)")]
    public object? GeneratedFirstAnswer() => _fresh.FigureById(_figureId) ?? throw new InvalidOperationException("figure not found");
}
