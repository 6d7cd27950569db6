using PfocrGen.Model;
using PfocrGen.Naming;
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
        BaseClasses(writer, spec.Settings, "Figures", spec.FigureChainLength, "papers and figures");
        BaseClasses(writer, spec.Settings, "Genes", spec.GeneChainLength, "genes");
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

    // The chain Figures : FiguresBase1 : FiguresBase2 … when the members need more than one class (BaseClassChain);
    // nothing when one class holds them all.
    private static void BaseClasses(SourceWriter writer, GeneratedCodeSettings settings, string type, int chainLength, string what)
    {
        if (chainLength <= 1)
        {
            return;
        }

        writer.Line($"partial class {type} : {BaseClassChain.TypeName(type, 1)}");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        for (var depth = 1; depth < chainLength; depth++)
        {
            var name = BaseClassChain.TypeName(type, depth);
            var baseType = depth + 1 < chainLength ? " : " + BaseClassChain.TypeName(type, depth + 1) : string.Empty;
            writer.Line($"/// <summary>Holds part of the typed members of <see cref=\"{type}\"/> ({what}): one class may hold only so many. Use <see cref=\"{type}\"/>.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open($"{settings.Visibility} abstract partial class {name}{baseType}");
            writer.Line("/// <summary>Not constructed: the members are static.</summary>");
            writer.Line($"private protected {name}()");
            writer.Line("{");
            writer.Line("}");
            writer.Close();
            writer.Line();
        }
    }
}
