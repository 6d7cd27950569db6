using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>Sidecar tables: read by header name, with PFOCR's NA conventions.</summary>
public sealed class TableParserTests
{
    private static SidecarTable Parse(string name, string text)
    {
        var file = TableParser.Parse("figures/" + name, SourceText.From(text), CancellationToken.None);
        Assert.Empty(file.Diagnostics);
        return file.Table!;
    }

    [Fact]
    public void Eleven_column_genes_table_reads_symbol_id_source_and_organism()
    {
        var table = Parse("PMC1__g1-genes.tsv",
            "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n" +
            "7227\tDrosophila melanogaster\tInsects\tNA\tNA\tna\t43853\tncbigene_symbol\t1\tNA\t1\n" +
            "7227\tDrosophila melanogaster\tInsects\tNA\tNA\tNA\t44798\tncbigene_synonym\t1\tNA\t1\n");

        Assert.Equal("PMC1__g1", table.FigureId);
        Assert.Equal(EntityKind.Genes, table.Kind);
        Assert.Equal(
            [("NA", "na", 43853, 7227, "ncbigene_symbol"), ("NA", "NA", 44798, 7227, "ncbigene_synonym")],
            table.Genes.Select(g => (g.Word, g.Symbol, g.EntrezId, g.TaxonomyId, g.Source)));
    }

    [Fact]
    public void Ten_column_genes_table_in_another_column_order_reads_the_same()
    {
        var table = Parse("PMC1__g1-genes.tsv",
            "ncbigene_id\tword\tsource\tncbigene_symbol\torganism_id\n" +
            "6775\tSTAT4\tncbigene_symbol\tSTAT4\t9606\r\n");

        var gene = Assert.Single(table.Genes);
        Assert.Equal(("STAT4", "STAT4", 6775, 9606), (gene.Word, gene.Symbol, gene.EntrezId, gene.TaxonomyId));
    }

    [Fact]
    public void Gene_row_with_NA_id_matched_no_gene_and_is_not_kept()
    {
        var table = Parse("PMC1__g1-genes.tsv", "word\tncbigene_symbol\tncbigene_id\tsource\nfoo\tNA\tNA\tncbigene_symbol\n");

        Assert.Empty(table.Genes);
    }

    [Fact]
    public void Chemicals_and_diseases_tables_normalise_vocabulary_ids()
    {
        var chemicals = Parse("PMC1__g1-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tAdenosine Triphosphate\tATP\tchebi:15422\noxo\tNA\tNA\tNA\tNA\n");
        var diseases = Parse("PMC1__g1-diseases.tsv", "word\tmesh\tmatch\tname\tdoid\nVWS\tmesh:C536528\tx\tVan der Woude syndrome\tdoid:0060239\n");

        Assert.Equal(
            [new EntityMention("ATP", "ATP", "MESH:D000255", "CHEBI:15422") { Match = "Adenosine Triphosphate" }, new EntityMention("oxo", "", "", "")],
            chemicals.Entities);
        Assert.Equal("DOID:0060239", Assert.Single(diseases.Entities).Key);
    }

    [Fact]
    public void Gene_match_is_kept_as_written_and_an_entity_match_of_NA_is_none()
    {
        var genes = Parse("PMC1__g1-genes.tsv", "word\tmatch\tncbigene_symbol\tncbigene_id\tsource\nB-AR\tBAR\tB-H2\t32723\tncbigene_synonym\nNA\tNA\tNA\t43852\tncbigene_symbol\n");
        var diseases = Parse("PMC1__g1-diseases.tsv", "word\tmesh\tmatch\tname\tdoid\nOBS proteins\tmesh:D011488\tNA\tNA\tNA\n");

        Assert.Equal(["BAR", "NA"], genes.Genes.Select(g => g.Match));
        Assert.Equal("", Assert.Single(diseases.Entities).Match);
    }
}
