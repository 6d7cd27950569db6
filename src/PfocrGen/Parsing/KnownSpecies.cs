using System.Collections.Generic;

namespace PfocrGen.Parsing;

/// <summary>
/// The NCBI taxonomy ids of the species PFOCR publishes release files for. Yeast is 559292 (S. cerevisiae S288C),
/// the id NCBI Gene files use for its genes, not the species id 4932. Any other species has no known id (0).
/// </summary>
internal static class KnownSpecies
{
    private static readonly Dictionary<string, int> s_taxonomyIds = new(System.StringComparer.Ordinal)
    {
        ["Homo sapiens"] = 9606,
        ["Mus musculus"] = 10090,
        ["Drosophila melanogaster"] = 7227,
        ["Danio rerio"] = 7955,
        ["Saccharomyces cerevisiae"] = 559292,
        ["Caenorhabditis elegans"] = 6239,
    };

    public static int TaxonomyId(string organism) => s_taxonomyIds.TryGetValue(organism, out var id) ? id : 0;
}
