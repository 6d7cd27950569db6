using PfocrGen.Model;

namespace PfocrGen.Tests.Release;

/// <summary>
/// The one taxa table: every taxon has its name, and only PFOCR's six release species are found by name (a GMT file
/// of any other species keeps no taxonomy id, <see cref="GmtFileNameTests"/>).
/// </summary>
public sealed class TaxaTests
{
    [Theory]
    [InlineData(9606, "Homo sapiens")]
    [InlineData(10090, "Mus musculus")]
    [InlineData(10116, "Rattus norvegicus")]
    [InlineData(7227, "Drosophila melanogaster")]
    [InlineData(7955, "Danio rerio")]
    [InlineData(6239, "Caenorhabditis elegans")]
    [InlineData(3702, "Arabidopsis thaliana")]
    [InlineData(559292, "Saccharomyces cerevisiae")]
    [InlineData(4932, "Saccharomyces cerevisiae")]
    [InlineData(9615, "")]
    [InlineData(0, "")]
    public void Each_known_taxon_has_its_scientific_name(int taxonomyId, string name)
    {
        Assert.Equal(name, Taxa.NameOf(taxonomyId));
    }

    [Fact]
    public void The_release_species_map_back_to_the_ids_their_names_come_from()
    {
        foreach (var id in new[] { 9606, 10090, 7227, 7955, 6239, 559292 })
        {
            Assert.Equal(id, Taxa.TaxonomyIdOfReleaseSpecies(Taxa.NameOf(id)));
        }

        Assert.Equal(Taxa.Human, Taxa.TaxonomyIdOfReleaseSpecies("Homo sapiens"));
    }
}
