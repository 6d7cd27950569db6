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

    [Params(1_000, 10_000, 80_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Create(Records);
        _consumer = Generation.Consumer();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse (floor)")]
    public int YamlDotNetFloor() => YamlFloor.ParseAll(_corpus.FrontMatters);

    [Benchmark(Description = "PfocrGen cold run")]
    public GeneratorDriver GeneratorCold() => Generation.Driver(_corpus.Texts).RunGenerators(_consumer);
}
