using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>A first build: the generator over the whole corpus, against YamlDotNet alone reading the front matter.</summary>
[HeavyJob(iterations: 3)]
[MemoryDiagnoser]
public class ColdGenerationBenchmarks
{
    private BenchCorpus _corpus = null!;
    private Compilation _consumer = null!;
    private IReadOnlyList<AdditionalText> _texts = null!;

    [Params(1_000, 10_000, 80_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Create(Records);
        _consumer = Generation.Consumer();
    }

    // One invocation per iteration (HeavyJob), each over texts the parse cache has not seen, as in a real cold build.
    [IterationSetup(Target = nameof(GeneratorCold))]
    public void FreshTexts() => _texts = _corpus.FreshTexts();

    [Benchmark(Baseline = true, Description = "YamlDotNet parse (floor)")]
    public int YamlDotNetFloor() => YamlFloor.ParseAll(_corpus.FrontMatters);

    [Benchmark(Description = "PfocrGen cold run")]
    public GeneratorDriver GeneratorCold() => Generation.Driver(_texts).RunGenerators(_consumer);
}
