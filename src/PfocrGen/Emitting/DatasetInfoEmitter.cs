using PfocrGen.Model;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.Emitting;

/// <summary>Writes <c>PfocrDataset</c>: what was compiled in, as constants a program can log or assert on.</summary>
internal static class DatasetInfoEmitter
{
    public const string HintName = "PfocrGen.Dataset.g.cs";

    public static string Emit(DatasetInfoSpec spec)
    {
        var writer = Start(spec.Settings);
        writer.Line("/// <summary>Provenance of the PFOCR records compiled into this assembly.</summary>");
        writer.Line($"[global::System.CodeDom.Compiler.GeneratedCode(\"PfocrGen\", \"{GeneratorInfo.Version}\")]");
        writer.Open($"{spec.Settings.Visibility} static class PfocrDataset");
        writer.Line("/// <summary>The number of figures (<c>Figures.All.Count</c>).</summary>");
        writer.Line($"public const int FigureCount = {Int(spec.Figures)};");
        writer.Line();
        writer.Line("/// <summary>The number of papers (<c>Papers.All.Count</c>).</summary>");
        writer.Line($"public const int PaperCount = {Int(spec.Papers)};");
        writer.Line();
        writer.Line("/// <summary>The number of distinct genes (<c>Genes.All.Count</c>).</summary>");
        writer.Line($"public const int GeneCount = {Int(spec.Genes)};");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// SHA-256 (lowercase hex) of a canonical form of the records and tables that make up the API: the same for");
        writer.Line("/// any file order, paths, line endings or YAML key order, different when any value in them changes.");
        writer.Line("/// </summary>");
        writer.Line($"public const string ContentHash = \"{spec.ContentHash}\";");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
