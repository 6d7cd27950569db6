using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// The compiler's share of a build: binding and emitting (to memory) the generated sources, already parsed,
/// against the same work for a one-record project. Each run builds a new compilation, as a build does.
/// </summary>
[HeavyJob(iterations: 3)]
[MemoryDiagnoser]
public class CompileGeneratedBenchmarks
{
    private IReadOnlyList<SyntaxTree> _oneRecord = null!;
    private IReadOnlyList<SyntaxTree> _trees = null!;

    [Params(10_000, 80_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _oneRecord = Generation.Generated(BenchCorpus.Create(1).Texts).SyntaxTrees.ToList();
        _trees = Generation.Generated(BenchCorpus.Create(Records).Texts).SyntaxTrees.ToList();
    }

    [Benchmark(Baseline = true, Description = "compile 1-record output")]
    public long CompileOneRecord() => Emit(_oneRecord);

    [Benchmark(Description = "compile N-record output")]
    public long CompileRecords() => Emit(_trees);

    private static long Emit(IReadOnlyList<SyntaxTree> trees)
    {
        var compilation = Generation.Consumer().RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? stream.Length : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
