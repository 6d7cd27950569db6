namespace PfocrGen.Model;

/// <summary>What the members of a <c>.gmt</c> file are: NCBI gene ids, or chemical vocabulary ids.</summary>
internal enum GeneSetKind
{
    Genes,
    Chemicals,
}

/// <summary>
/// Where a GMT line comes from, as its file says: the kind of members and the species of the release file
/// (<c>pfocr-20250701-gmt-Mus_musculus.gmt</c> → genes of Mus musculus, taxon 10090). Lines of one name in files of
/// different kinds or species are one figure; only lines of one name with the same source conflict.
/// </summary>
/// <param name="Organism">The species named by the file ("" when the file names none).</param>
/// <param name="TaxonomyId">The species' NCBI taxonomy id; 0 when unknown.</param>
internal sealed record GeneSetSource(GeneSetKind Kind, string Organism, int TaxonomyId);
