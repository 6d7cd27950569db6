namespace PfocrGen.Parsing;

/// <summary>
/// Scientific names of the NCBI taxa PFOCR's genes come from most, for genes whose only source (a GMT line,
/// a <c>gene_info</c> row) gives a taxonomy id but no organism name. Other taxa take the name the
/// <c>gene_info</c> file name gives (<c>Genus_species.gene_info</c>).
/// </summary>
internal static class TaxonNames
{
    public static string Of(int taxonomyId) => taxonomyId switch
    {
        9606 => "Homo sapiens",
        10090 => "Mus musculus",
        10116 => "Rattus norvegicus",
        7227 => "Drosophila melanogaster",
        7955 => "Danio rerio",
        6239 => "Caenorhabditis elegans",
        3702 => "Arabidopsis thaliana",
        559292 => "Saccharomyces cerevisiae", // NCBI Gene's taxon for S. cerevisiae (strain S288C), not 4932
        4932 => "Saccharomyces cerevisiae",
        _ => string.Empty,
    };
}
