using System.Globalization;
using PfocrGen.Building;
using PfocrGen.Model;

namespace PfocrGen.Emitting;

/// <summary>Writes <c>PfocrDataset</c>: what was compiled in, as constants a program can log or assert on.</summary>
internal static class DatasetInfoEmitter
{
    public const string HintName = "PfocrGen.Dataset.g.cs";

    public static string Emit(Dataset dataset, GeneratorOptions options)
    {
        var writer = DatasetEmitter.Header(options);
        writer.Line("/// <summary>Provenance of the PFOCR records compiled into this assembly.</summary>");
        writer.Line($"[global::System.CodeDom.Compiler.GeneratedCode(\"PfocrGen\", \"{GeneratorInfo.Version}\")]");
        writer.Open($"{(options.Public ? "public" : "internal")} static class PfocrDataset");
        writer.Line("/// <summary>The number of figures (<c>Figures.All.Count</c>).</summary>");
        writer.Line($"public const int FigureCount = {Int(dataset.Figures.Count)};");
        writer.Line();
        writer.Line("/// <summary>The number of papers (<c>Papers.All.Count</c>).</summary>");
        writer.Line($"public const int PaperCount = {Int(dataset.Papers.Count)};");
        writer.Line();
        writer.Line("/// <summary>The number of distinct genes (<c>Genes.All.Count</c>).</summary>");
        writer.Line($"public const int GeneCount = {Int(dataset.Genes.Count)};");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// SHA-256 (lowercase hex) of a canonical form of the records and tables that make up the API: the same for");
        writer.Line("/// any file order, paths, line endings or YAML key order, different when any value in them changes.");
        writer.Line("/// </summary>");
        writer.Line($"public const string ContentHash = \"{dataset.ContentHash}\";");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
