using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PfocrGen.Model;

namespace PfocrGen.Naming;

/// <summary>
/// Names every paper, figure and gene member (the rule: <see cref="MemberNameAssigner"/>). Its own pipeline step
/// over <see cref="NamingKeys"/> only, so an edit that changes no id or symbol reuses the names of the last run.
/// </summary>
internal static class MemberNaming
{
    private static readonly HashSet<string> ReservedFigureNames = new(System.StringComparer.Ordinal)
    {
        "All", "ById", "Enrich", "WriteGmt", "Figures", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    private static readonly HashSet<string> ReservedGeneNames = new(System.StringComparer.Ordinal)
    {
        "All", "ByEntrez", "BySymbol", "MapSymbols", "Genes", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    public static MemberNames Assign(NamingKeys keys)
    {
        var papers = new string[keys.Pmcids.Count];
        var figures = new string[keys.FigureIds.Count];
        var genes = new string[keys.Genes.Count];
        var renamed = new List<RenamedMember>();

        // Papers and figures share the Figures class, so they share one name space.
        var figureRequests = keys.Pmcids
            .Select((pmcid, i) => new NameRequest<(MemberKind, int)>(pmcid, HashSuffix(pmcid), false, (MemberKind.Paper, i)))
            .Concat(keys.FigureIds.Select((id, i) => new NameRequest<(MemberKind, int)>(id, HashSuffix(id), false, (MemberKind.Figure, i))));
        var geneRequests = keys.Genes
            .Select((gene, i) => (gene, i))
            .Where(g => g.gene.Symbol.Length > 0)
            .Select(g => new NameRequest<(MemberKind, int)>(
                g.gene.Symbol, g.gene.EntrezId.ToString(CultureInfo.InvariantCulture), g.gene.Human, (MemberKind.Gene, g.i),
                GeneLabel(g.gene)));

        foreach (var assigned in MemberNameAssigner.Assign(figureRequests, ReservedFigureNames)
            .Concat(MemberNameAssigner.Assign(geneRequests, ReservedGeneNames)))
        {
            var (kind, index) = assigned.Request.Owner;
            var names = kind switch { MemberKind.Paper => papers, MemberKind.Figure => figures, _ => genes };
            names[index] = assigned.Name;
            if (assigned.Reason is not null)
            {
                renamed.Add(new RenamedMember(kind, index, assigned.Request.Raw, assigned.Name, assigned.Reason));
            }
        }

        for (var g = 0; g < genes.Length; g++)
        {
            genes[g] ??= string.Empty;
        }

        return new MemberNames(new(papers), new(figures), new(genes), new(renamed.ToArray()));
    }

    // "ACO2 (Arabidopsis thaliana, 828805)": what a collision message needs to tell competing genes apart.
    private static string GeneLabel(GeneNameKey gene) =>
        $"{gene.Symbol} ({(gene.Organism.Length > 0 ? gene.Organism : "organism unknown")}, {gene.EntrezId.ToString(CultureInfo.InvariantCulture)})";

    private static string HashSuffix(string raw) =>
        IdentifierNaming.StableHash(raw).ToString("x8", CultureInfo.InvariantCulture);
}
