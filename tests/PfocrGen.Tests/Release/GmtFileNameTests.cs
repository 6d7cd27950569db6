using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Release;

/// <summary>What a GMT file's name says: the species (and its NCBI taxon for PFOCR's six) and the kind of members.</summary>
public sealed class GmtFileNameTests
{
    [Theory]
    [InlineData("release/pfocr-20250701-gmt-Mus_musculus.gmt", "Mus musculus", "Genes")]
    [InlineData("pfocr-20250701-chemical-gmt-Caenorhabditis_elegans.gmt", "Caenorhabditis elegans", "Chemicals")]
    [InlineData(@"C:\data\pfocr-20240110-gmt-Homo_sapiens.GMT", "Homo sapiens", "Genes")]
    [InlineData("pfocr-20250701-gmt-Canis_lupus_familiaris.gmt", "Canis lupus familiaris", "Genes")]
    [InlineData("pfocr-gmt.gmt", "", "Genes")]
    [InlineData("my-sets-Danio_rerio.gmt", "Danio rerio", "")]
    [InlineData("release.gmt", "", "")]
    [InlineData("sets/mouse_genes.gmt", "", "")]
    [InlineData("sets/pfocr-gmt-MUS_musculus.gmt", "", "")]
    public void Name_gives_species_and_kind(string path, string organism, string kind)
    {
        var (readOrganism, readKind) = GmtFileName.Read(path);
        Assert.Equal((organism, kind), (readOrganism, readKind?.ToString() ?? ""));
    }

    [Theory]
    [InlineData("Homo sapiens", 9606)]
    [InlineData("Mus musculus", 10090)]
    [InlineData("Drosophila melanogaster", 7227)]
    [InlineData("Danio rerio", 7955)]
    [InlineData("Saccharomyces cerevisiae", 559292)]
    [InlineData("Caenorhabditis elegans", 6239)]
    [InlineData("Rattus norvegicus", 0)]
    [InlineData("", 0)]
    public void Taxonomy_ids_are_known_for_the_species_PFOCR_publishes(string organism, int taxonomyId)
    {
        Assert.Equal(taxonomyId, Taxa.TaxonomyIdOfReleaseSpecies(organism));
    }
}
