using System.Collections.Generic;
using System.Linq;

namespace PfocrGen.Model;

/// <summary>
/// Everything member naming depends on, and nothing else: the PMCIDs, figids and gene symbols in generated order.
/// Editing a caption or a gene row leaves it equal, so the (costly, all-names) naming step is not run again.
/// </summary>
/// <param name="Pmcids">Empty when per-paper members are not generated.</param>
/// <param name="FigureIds">Empty when per-figure members are not generated.</param>
internal sealed record NamingKeys(
    EquatableArray<string> Pmcids,
    EquatableArray<string> FigureIds,
    EquatableArray<GeneNameKey> Genes)
{
    /// <summary>
    /// The keys from the dataset's papers, figures and genes in generated order. The generator names its members
    /// from these, and the id analyzer rebuilds them from the generated tables through this same rule, so both get
    /// the same names.
    /// </summary>
    /// <param name="paperMembers">Whether papers get typed members (<see cref="TypedMemberPolicy"/>).</param>
    /// <param name="figureMembers">Whether figures get typed members (<see cref="TypedMemberPolicy"/>).</param>
    public static NamingKeys Of(
        IEnumerable<string> pmcids, IEnumerable<string> figureIds, bool paperMembers, bool figureMembers,
        IEnumerable<(string Symbol, int EntrezId, int TaxonomyId, string Organism)> genes) => new(
        paperMembers ? pmcids.ToEquatableArray() : EquatableArray<string>.Empty,
        figureMembers ? figureIds.ToEquatableArray() : EquatableArray<string>.Empty,
        genes.Select(g => new GeneNameKey(g.Symbol, g.EntrezId, g.TaxonomyId == Taxa.Human, g.Organism)).ToEquatableArray());
}

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
