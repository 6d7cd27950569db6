using System.Collections.Generic;
using System.Linq;
using PfocrGen.Model;
using PfocrGen.Naming;

namespace PfocrGen.IdChecking;

/// <summary>
/// The typed member names of the generated API, recomputed by the generator's own <see cref="MemberNaming"/> over
/// the same keys the generator named (<see cref="NamingKeys.Of"/> over the PMCIDs, figids and genes read back from
/// the generated tables): same code, same inputs, same names. Callers still confirm
/// that the member exists before offering it.
/// </summary>
internal sealed class TypedMembers
{
    private readonly Dictionary<string, string> _papers;
    private readonly Dictionary<string, string> _figures;
    private readonly Dictionary<int, string> _genes;

    private TypedMembers(Dictionary<string, string> papers, Dictionary<string, string> figures, Dictionary<int, string> genes)
    {
        _papers = papers;
        _figures = figures;
        _genes = genes;
    }

    /// <param name="mode">The <c>PfocrGenFigureMembers</c> option, resolved for the catalog's size as the generator does.</param>
    public static TypedMembers Name(GeneratedIdCatalog catalog, FigureMemberMode mode)
    {
        var keys = NamingKeys.Of(
            catalog.Pmcids, catalog.FigureIds,
            TypedMemberPolicy.PaperMembers(mode, catalog.FigureCount), TypedMemberPolicy.FigureMembers(mode, catalog.FigureCount),
            catalog.Genes.Select(g => (g.Symbol, g.EntrezId, g.TaxonomyId, g.Organism)));
        var names = MemberNaming.Assign(keys);

        var papers = new Dictionary<string, string>(keys.Pmcids.Count, System.StringComparer.Ordinal);
        for (var p = 0; p < keys.Pmcids.Count; p++)
        {
            papers[keys.Pmcids[p]] = names.Papers[p];
        }

        var figures = new Dictionary<string, string>(keys.FigureIds.Count, System.StringComparer.Ordinal);
        for (var f = 0; f < keys.FigureIds.Count; f++)
        {
            figures[keys.FigureIds[f]] = names.Figures[f];
        }

        var genes = new Dictionary<int, string>(keys.Genes.Count);
        for (var g = 0; g < keys.Genes.Count; g++)
        {
            if (names.Genes[g].Length > 0)
            {
                genes[keys.Genes[g].EntrezId] = names.Genes[g];
            }
        }

        return new TypedMembers(papers, figures, genes);
    }

    public string? Paper(string pmcid) => _papers.TryGetValue(pmcid, out var name) ? name : null;

    public string? Figure(string figid) => _figures.TryGetValue(figid, out var name) ? name : null;

    public string? Gene(int entrezId) => _genes.TryGetValue(entrezId, out var name) ? name : null;
}
