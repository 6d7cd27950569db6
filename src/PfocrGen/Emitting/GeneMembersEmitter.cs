using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.Emitting;

/// <summary>Writes <c>PfocrGen.Genes{n}.g.cs</c>: the typed gene members of one shard, with their docs.</summary>
internal static class GeneMembersEmitter
{
    public static string HintName(int shard) => $"PfocrGen.Genes{Int(shard)}.g.cs";

    public static string Emit(GeneShardSpec spec)
    {
        var writer = Start(spec.Settings, (spec.Genes.Count * 192) + 1024, membersOnly: true);
        // Modifiers and base class are declared once, in the runtime (Figures, Genes) or the index (their bases).
        writer.Open($"partial class {spec.MemberType}");
        for (var g = 0; g < spec.Genes.Count; g++)
        {
            var gene = spec.Genes[g];
            if (g > 0)
            {
                writer.Line();
            }

            var organism = gene.Organism.Length > 0 ? " (" + DocText.Escape(gene.Organism) + ")" : string.Empty;
            writer.Line($"/// <summary>{DocText.Escape(gene.Symbol)}: NCBI Gene {Int(gene.EntrezId)}{organism}, in {Plural(gene.FigureCount, "figure")}.</summary>");
            writer.Line($"public static global::{spec.Settings.Namespace}.Gene {IdentifierNaming.Escape(gene.Member)} => PfocrTables.GeneSlots[{Int(gene.Index)}];");
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
