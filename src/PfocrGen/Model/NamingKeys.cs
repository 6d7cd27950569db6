namespace PfocrGen.Model;

/// <summary>
/// Everything member naming depends on, and nothing else: the PMCIDs, figids and gene symbols in generated order.
/// Editing a caption or a gene row leaves it equal, so the (costly, all-names) naming step is not run again.
/// </summary>
/// <param name="FigureIds">Empty when per-figure members are not generated.</param>
internal sealed record NamingKeys(
    EquatableArray<string> Pmcids,
    EquatableArray<string> FigureIds,
    EquatableArray<GeneNameKey> Genes);

/// <summary>
/// A gene's symbol ("" for a gene known by id only: no member), its Entrez id, whether it is human, and its
/// organism (named in PFOCR010 when symbols collide).
/// </summary>
internal sealed record GeneNameKey(string Symbol, int EntrezId, bool Human, string Organism);

/// <summary>The member names, parallel to the lists of <see cref="NamingKeys"/>, and the names that had to change.</summary>
internal sealed record MemberNames(
    EquatableArray<string> Papers,
    EquatableArray<string> Figures,
    EquatableArray<string> Genes,
    EquatableArray<RenamedMember> Renamed);

/// <summary>A name that differs from the plain rule (reported as PFOCR010 where its value is written).</summary>
internal sealed record RenamedMember(MemberKind Kind, int Index, string Raw, string Name, string Reason);

internal enum MemberKind
{
    Paper,
    Figure,
    Gene,
}
