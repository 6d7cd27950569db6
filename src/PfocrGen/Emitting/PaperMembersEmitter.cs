using PfocrGen.Model;
using PfocrGen.Naming;
using PfocrGen.Packing;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.Emitting;

/// <summary>Writes <c>PfocrGen.Papers{n}.g.cs</c>: the typed paper members of one shard, with their docs.</summary>
internal static class PaperMembersEmitter
{
    public static string HintName(int shard) => $"PfocrGen.Papers{Int(shard)}.g.cs";

    public static string Emit(PaperShardSpec spec)
    {
        var writer = Start(spec.Settings, (spec.Papers.Count * 768) + 1024, membersOnly: true);
        // Modifiers and base class are declared once, in the runtime (Figures, Genes) or the index (their bases).
        writer.Open($"partial class {spec.MemberType}");
        for (var p = 0; p < spec.Papers.Count; p++)
        {
            var paper = spec.Papers[p];
            if (p > 0)
            {
                writer.Line();
            }

            writer.Line($"/// <summary>{DocText.Escape(paper.Title)}</summary>");
            writer.Line("/// <remarks>");
            if (paper.Reference.Length > 0)
            {
                writer.Line($"/// <para>{DocText.Escape(paper.Reference)}</para>");
            }

            writer.Line($"/// <para><c>{DocText.Escape(paper.Pmcid)}</c>, {Plural(paper.Figures.Count, "figure")}:</para>");
            writer.Line("/// <list type=\"bullet\">");
            foreach (var figure in paper.Figures)
            {
                writer.Line($"/// <item><c>{DocText.Escape(figure.Id)}</c>: {DocText.Escape(figure.Title)}</item>");
            }

            writer.Line("/// </list>");
            writer.Line("/// </remarks>");
            writer.Line($"public static global::{spec.Settings.Namespace}.Paper {IdentifierNaming.Escape(paper.Member)} => PfocrTables.PaperSlots[{Int(paper.Index)}];");
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
