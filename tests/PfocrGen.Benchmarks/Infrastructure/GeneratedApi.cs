using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>
/// A consumer assembly generated from the synthetic corpus (public types), compiled once per process and
/// loadable any number of times, each load in a fresh context so its type initialisers have not run yet.
/// </summary>
internal sealed class GeneratedApi
{
    private static readonly Dictionary<int, byte[]> Images = new();

    private GeneratedApi(Assembly assembly)
    {
        var figures = assembly.GetType("Pfocr.Figures", throwOnError: true)!;
        var genes = assembly.GetType("Pfocr.Genes", throwOnError: true)!;

        // Delegates with covariant returns call the generated methods directly, without reflection per call.
        FigureById = figures.GetMethod("ById")!.CreateDelegate<Func<string, object?>>();
        GeneByEntrez = genes.GetMethod("ByEntrez")!.CreateDelegate<Func<int, object?>>();
        GenesBySymbol = genes.GetMethod("BySymbol")!.CreateDelegate<Func<string, object>>();
    }

    public Func<string, object?> FigureById { get; }

    public Func<int, object?> GeneByEntrez { get; }

    public Func<string, object> GenesBySymbol { get; }

    public static GeneratedApi Load(BenchCorpus corpus, int records)
    {
        if (!Images.TryGetValue(records, out var image))
        {
            using var stream = new MemoryStream();
            var result = Generation.Generated(corpus.Texts, publicTypes: true).Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            Images[records] = image = stream.ToArray();
        }

        var context = new AssemblyLoadContext("pfocr-bench-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new GeneratedApi(context.LoadFromStream(new MemoryStream(image)));
    }
}
