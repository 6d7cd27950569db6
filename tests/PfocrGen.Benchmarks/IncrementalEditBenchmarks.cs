using PfocrGen.Tests.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using PfocrGen.Benchmarks.Infrastructure;
using Corpus = PfocrGen.SyntheticCorpus.SyntheticCorpus;

namespace PfocrGen.Benchmarks;

/// <summary>
/// What a user waits for after saving one record in the IDE: a run of the warm driver with one AdditionalText
/// replaced, against a cold run over the same corpus.
/// </summary>
[HeavyJob(iterations: 5)]
public class IncrementalEditBenchmarks
{
    private BenchCorpus _corpus = null!;
    private Compilation _consumer = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _current = null!;
    private int _revision;

    [Params(10_000, 80_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Create(Records);
        _consumer = Generation.Consumer();
        _warm = Generation.Driver(_corpus.Texts).RunGenerators(_consumer);
        _current = _corpus.FirstRecord;
    }

    [Benchmark(Baseline = true, Description = "cold run")]
    public GeneratorDriver Cold() => Generation.Driver(_corpus.Texts).RunGenerators(_consumer);

    // Each call edits the same record again (a new revision), so every measured run sees a real change.
    [Benchmark(Description = "one-record edit, warm driver")]
    public GeneratorDriver EditOneRecord()
    {
        var original = _corpus.Files.First(f => f.IsRecord);
        var next = new InMemoryAdditionalText(_current.Path, Corpus.EditRecord(original, ++_revision).Text);
        _warm = _warm.ReplaceAdditionalText(_current, next).RunGenerators(_consumer);
        _current = next;
        return _warm;
    }
}
