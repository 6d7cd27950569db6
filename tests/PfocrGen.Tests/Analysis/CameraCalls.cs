using System.Globalization;
using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>Calls <c>Figures.Camera</c> of a generated API by reflection, and reads its results and the reference tables.</summary>
internal static class CameraCalls
{
    /// <summary>A row of a camera result (or of limma's table).</summary>
    public sealed record Row(string Figure, int SetSize, string Direction, double P, double Fdr);

    /// <summary>The folder of the committed reference files (copied next to the tests).</summary>
    public static string ReferenceFolder => Path.Combine(AppContext.BaseDirectory, "Analysis", "Reference");

    public static object CameraOptions(LoadedAssembly api, bool useRanks = false, double correlation = 0.01, int minSetSize = 2, int maxSetSize = 500)
    {
        var type = api.Type("CameraOptions");
        var options = Activator.CreateInstance(type)!;
        type.GetProperty("UseRanks")!.SetValue(options, useRanks);
        type.GetProperty("InterGeneCorrelation")!.SetValue(options, correlation);
        type.GetProperty("MinSetSize")!.SetValue(options, minSetSize);
        type.GetProperty("MaxSetSize")!.SetValue(options, maxSetSize);
        return options;
    }

    /// <summary><c>Figures.Camera(IReadOnlyDictionary, options)</c>; exceptions unwrapped.</summary>
    public static List<Row> Camera(LoadedAssembly api, IReadOnlyDictionary<int, double> statistics, object? options = null) =>
        Invoke(api, typeof(IReadOnlyDictionary<int, double>), statistics, options);

    /// <summary><c>Figures.Camera(IEnumerable of pairs, options)</c>; exceptions unwrapped.</summary>
    public static List<Row> CameraPairs(LoadedAssembly api, IEnumerable<KeyValuePair<int, double>> statistics, object? options = null) =>
        Invoke(api, typeof(IEnumerable<KeyValuePair<int, double>>), statistics, options);

    /// <summary>A reference table: tab-separated, a header row, lines starting with # skipped.</summary>
    public static List<string[]> ReadTable(string name) =>
        File.ReadLines(Path.Combine(ReferenceFolder, name)).Where(line => !line.StartsWith('#')).Skip(1).Select(line => line.Split('\t')).ToList();

    public static double Real(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>|a − b| / max(|a|, |b|), 0 when equal.</summary>
    public static double Relative(double a, double b) => a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));

    private static List<Row> Invoke(LoadedAssembly api, Type parameter, object statistics, object? options)
    {
        var method = api.Type("Figures").GetMethod("Camera", [parameter, api.Type("CameraOptions")])!;
        var results = method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [statistics, options], null);
        return LoadedAssembly.List(results).Select(r => new Row(
            LoadedAssembly.Get(r, "Figure")!.ToString()!, (int)LoadedAssembly.Get(r, "SetSize")!, LoadedAssembly.Get(r, "Direction")!.ToString()!,
            (double)LoadedAssembly.Get(r, "PValue")!, (double)LoadedAssembly.Get(r, "AdjustedPValue")!)).ToList();
    }
}
