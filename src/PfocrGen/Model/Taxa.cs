using System.Collections.Generic;

namespace PfocrGen.Model;

/// <summary>
/// The NCBI taxa PfocrGen knows by name, in one table: the species PFOCR publishes release files for (whose GMT
/// file names give only the species, <see cref="TaxonomyIdOfReleaseSpecies"/>) and the taxa PFOCR's genes come
/// from most (whose genes a GMT line or a <c>gene_info</c> row gives by id alone, <see cref="NameOf"/>). Other
/// taxa take the name the <c>gene_info</c> file name gives (<c>Genus_species.gene_info</c>).
/// </summary>
internal static class Taxa
{
    public const int Human = 9606;

    // A species' name maps back to its id only for the six release species: a GMT file of another species keeps
    // taxonomy id 0 (the gene then has no TaxonomyId), as it always has. Yeast's genes are under 559292
    // (S. cerevisiae S288C), the id NCBI Gene files use, not the species id 4932, which only gets the name.
    private static readonly (int Id, string Name, bool ReleaseSpecies)[] s_table =
    {
        (Human, "Homo sapiens", true),
        (10090, "Mus musculus", true),
        (10116, "Rattus norvegicus", false),
        (7227, "Drosophila melanogaster", true),
        (7955, "Danio rerio", true),
        (6239, "Caenorhabditis elegans", true),
        (3702, "Arabidopsis thaliana", false),
        (559292, "Saccharomyces cerevisiae", true),
        (4932, "Saccharomyces cerevisiae", false),
    };

    private static readonly Dictionary<int, string> s_names = Names();
    private static readonly Dictionary<string, int> s_releaseSpecies = ReleaseSpecies();

    /// <summary>The scientific name of a known taxon, "" for any other.</summary>
    public static string NameOf(int taxonomyId) => s_names.TryGetValue(taxonomyId, out var name) ? name : string.Empty;

    /// <summary>The taxonomy id of one of the species PFOCR publishes release files for, 0 for any other name.</summary>
    public static int TaxonomyIdOfReleaseSpecies(string organism) => s_releaseSpecies.TryGetValue(organism, out var id) ? id : 0;

    private static Dictionary<int, string> Names()
    {
        var names = new Dictionary<int, string>(s_table.Length);
        foreach (var (id, name, _) in s_table)
        {
            names.Add(id, name);
        }

        return names;
    }

    private static Dictionary<string, int> ReleaseSpecies()
    {
        var ids = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var (id, name, releaseSpecies) in s_table)
        {
            if (releaseSpecies)
            {
                ids.Add(name, id);
            }
        }

        return ids;
    }
}
