using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Parsing;

/// <summary>NCBI gene_info files: columns by header name, '-' for none, '|' between synonyms, located problems.</summary>
public sealed class GeneInfoParserTests
{
    private static GeneInfoFile Parse(string text, string path = "ncbi/Mus_musculus.gene_info") =>
        GeneInfoParser.Parse(path, SourceText.From(text), CancellationToken.None);

    [Fact]
    public void Rows_give_id_taxon_symbol_full_name_and_synonyms()
    {
        var file = Parse(GeneInfoText.File(
            GeneInfoText.Row(10090, 21897, "Tlr1", "TLR1|Toll-like receptor 1", "toll-like receptor 1", "toll-like receptor 1 (nomenclature)"),
            GeneInfoText.Row(10090, 11287, "Pzp", description: "PZP, alpha-2-macroglobulin like")));

        Assert.Empty(file.Diagnostics);
        Assert.Equal("Mus musculus", file.Organism);
        Assert.Equal([21897, 11287], file.EntrezIds);
        Assert.Equal([10090, 10090], file.TaxonomyIds);
        Assert.Equal(["Tlr1", "Pzp"], file.Symbols);

        // The nomenclature authority's full name when there is one, else NCBI's description.
        Assert.Equal(["toll-like receptor 1 (nomenclature)", "PZP, alpha-2-macroglobulin like"], file.FullNames);
        Assert.Equal(["TLR1|Toll-like receptor 1", ""], file.Synonyms);
        Assert.Equal((1, 12), (file.SymbolPositions[0].Line, file.SymbolPositions[0].Column));
    }

    [Fact]
    public void Columns_are_found_by_name_not_position()
    {
        var file = Parse("#GeneID\tSymbol\ttax_id\n7\tX\t9606\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal([7], file.EntrezIds);
        Assert.Equal([9606], file.TaxonomyIds);
        Assert.Equal(["X"], file.Symbols);
        Assert.Equal([""], file.FullNames);
    }

    [Fact]
    public void A_file_without_the_header_is_one_located_diagnostic_and_no_rows()
    {
        var file = Parse("10090\t21897\tTlr1\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("PFOCR008", 0, 0), (diagnostic.Id, diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains("gene_info header", diagnostic.MessageArgs[1], StringComparison.Ordinal);
        Assert.Equal(0, file.Count);
    }

    [Fact]
    public void Bad_rows_are_located_on_their_line_and_cell_and_the_good_rows_kept()
    {
        var file = Parse(GeneInfoText.File(
            GeneInfoText.Row(10090, 1, "A"),
            "10090\t2",
            "mouse\t3\tC",
            "10090\tx3\tD",
            GeneInfoText.Row(10090, 1, "A2"),
            GeneInfoText.Row(10090, 5, "E")));

        Assert.Equal(
            [("PFOCR008", 2, 0), ("PFOCR008", 3, 0), ("PFOCR006", 4, 6), ("PFOCR008", 5, 6)],
            file.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)));
        Assert.Contains("line 3 has 2 tab-separated cells", file.Diagnostics[0].MessageArgs[1], StringComparison.Ordinal);
        Assert.Contains("tax_id 'mouse'", file.Diagnostics[1].MessageArgs[1], StringComparison.Ordinal);
        Assert.Contains("GeneID 1 is listed again", file.Diagnostics[3].MessageArgs[1], StringComparison.Ordinal);
        Assert.Equal([1, 5], file.EntrezIds);
        Assert.Equal(["A", "E"], file.Symbols);
    }

    [Theory]
    [InlineData("ncbi/Homo_sapiens.gene_info", "Homo sapiens")]
    [InlineData("Saccharomyces_cerevisiae.gene_info", "Saccharomyces cerevisiae")]
    [InlineData("gene_info/All_Data.gene_info", "")]
    [InlineData("mouse.gene_info", "")]
    [InlineData("Mus_musculus_2025.gene_info", "")]
    public void Organism_comes_from_NCBI_style_file_names(string path, string organism) =>
        Assert.Equal(organism, GeneInfoParser.OrganismOfFileName(path));
}
