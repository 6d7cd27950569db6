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
        _enrich = figures.GetMethod("Enrich")!;
        _cameraOptions = assembly.GetType("Pfocr.CameraOptions", throwOnError: true)!;
        _camera = figures.GetMethod("Camera", [typeof(IReadOnlyDictionary<int, double>), _cameraOptions])!;
    }

    private readonly MethodInfo _enrich;
    private readonly MethodInfo _camera;
    private readonly Type _cameraOptions;

    public Func<string, object?> FigureById { get; }

    public Func<int, object?> GeneByEntrez { get; }

    public Func<string, object> GenesBySymbol { get; }

    /// <summary><c>Figures.Enrich(query, universe)</c> with the default options; the results as a list.</summary>
    public System.Collections.IList Enrich(IEnumerable<int> query, IEnumerable<int> universe) =>
        (System.Collections.IList)_enrich.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [query, universe, null], null)!;

    /// <summary><c>new CameraOptions { UseRanks = useRanks }</c>, made once for many calls.</summary>
    public object CameraOptions(bool useRanks)
    {
        var options = Activator.CreateInstance(_cameraOptions)!;
        _cameraOptions.GetProperty("UseRanks")!.SetValue(options, useRanks);
        return options;
    }

    /// <summary><c>Figures.Camera(statistics, options)</c>; the results as a list.</summary>
    public System.Collections.IList Camera(IReadOnlyDictionary<int, double> statistics, object options) =>
        (System.Collections.IList)_camera.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [statistics, options], null)!;

    /// <summary>The API generated from <paramref name="texts"/>, compiled and loaded once (not cached).</summary>
    public static GeneratedApi LoadFrom(IEnumerable<AdditionalText> texts) => LoadImage(Compile(texts));

    public static GeneratedApi Load(BenchCorpus corpus, int records)
    {
        if (!Images.TryGetValue(records, out var image))
        {
            Images[records] = image = Compile(corpus.Texts);
        }

        return LoadImage(image);
    }

    private static GeneratedApi LoadImage(byte[] image) =>
        new(new AssemblyLoadContext("pfocr-bench-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(new MemoryStream(image)));

    private static byte[] Compile(IEnumerable<AdditionalText> texts)
    {
        using var stream = new MemoryStream();
        var result = Generation.Generated(texts, publicTypes: true).Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return stream.ToArray();
    }
}
