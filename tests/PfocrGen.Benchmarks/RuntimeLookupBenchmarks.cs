using BenchmarkDotNet.Attributes;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Steady-state lookups in the generated tables (10k records), against the same lookup in the dictionaries a
/// YamlDotNet startup loader fills. Keys rotate over 1,024 real ids so no single entry stays hot.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class RuntimeLookupBenchmarks
{
    private const int Records = 10_000;
    private GeneratedApi _api = null!;
    private YamlStartupLoader _yaml = null!;
    private string[] _figureIds = null!;
    private int[] _entrezIds = null!;
    private string[] _symbols = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchCorpus.Create(Records);
        _api = GeneratedApi.Load(corpus, Records);
        _yaml = YamlStartupLoader.Load(corpus.Files);
        // Keys are fresh copies, as a user's input would be: a key that is the dictionary's own string instance
        // compares by reference and never reads the stored key, which flatters the baseline.
        _figureIds = _yaml.FiguresById.Keys.Take(1024).Select(k => new string(k.AsSpan())).ToArray();
        _entrezIds = _yaml.GenesByEntrez.Keys.Take(1024).ToArray();
        _symbols = _yaml.GenesBySymbol.Keys.Take(1024).Select(k => new string(k.AsSpan())).ToArray();

        // First access happens here, outside the measurement (FirstAccessBenchmarks measures it).
        _ = _api.FigureById(_figureIds[0]) ?? throw new InvalidOperationException("the generated tables lack a corpus figure");
    }

    [Benchmark(Baseline = true, Description = "Dictionary (YamlDotNet-loaded) figure by id")]
    public object? DictionaryFigureById() => _yaml.FiguresById.TryGetValue(_figureIds[_next++ & 1023], out var figure) ? figure : null;

    [Benchmark(Description = "Figures.ById")]
    public object? FiguresById() => _api.FigureById(_figureIds[_next++ & 1023]);

    [Benchmark(Description = "Genes.ByEntrez")]
    public object? GenesByEntrez() => _api.GeneByEntrez(_entrezIds[_next++ & 1023]);

    [Benchmark(Description = "Genes.BySymbol")]
    public object GenesBySymbol() => _api.GenesBySymbol(_symbols[_next++ & 1023]);
}
