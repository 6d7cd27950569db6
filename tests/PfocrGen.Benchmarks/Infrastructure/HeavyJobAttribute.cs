using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>
/// One operation per iteration, no pilot stage: a whole-corpus generation or compilation takes seconds, and the
/// 2-core machine is shared, so a few measured runs (after one warm-up) are the affordable choice.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class HeavyJobAttribute : Attribute, IConfigSource
{
    public HeavyJobAttribute(int iterations = 5)
    {
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcServer(false));
    }

    public IConfig Config { get; }
}
