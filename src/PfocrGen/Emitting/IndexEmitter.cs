using PfocrGen.Model;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.Emitting;

/// <summary>
/// Writes <c>PfocrGen.Index.g.cs</c>: the figure index and the paper, gene and entity tables as packed constants,
/// and the map from shard number to shard constant. It changes when figids, papers, genes or entities change,
/// not when a caption, title or gene row does.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "PfocrGen.Index.g.cs";

    public static string Emit(IndexSpec spec)
    {
        var writer = Start(spec.Settings, spec.Figures.Count + spec.Papers.Count + spec.Genes.Count + spec.Entities.Count + 4096);
        if (spec.FigureMembersNote is { } note)
        {
            writer.Line("// " + note);
            writer.Line();
        }

        writer.Open("internal static partial class PfocrTables");
        var tables = new[] { spec.Figures, spec.Papers, spec.Genes, spec.Entities };
        for (var t = 0; t < tables.Length; t++)
        {
            writer.PackedConstant(RuntimeContract.TableConstants[t], tables[t].AsSpan());
            writer.Line();
        }

        writer.Line($"private const int {RuntimeContract.ShardCount} = {Int(spec.ShardCount)};");
        writer.Line();
        writer.Open($"private static string {RuntimeContract.ShardConstantName}(int shard)");
        writer.Open("switch (shard)");
        for (var s = 0; s < spec.ShardCount; s++)
        {
            writer.Line($"case {Int(s)}: return nameof({RuntimeContract.ShardConstant(Int(s))});");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(shard));");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
