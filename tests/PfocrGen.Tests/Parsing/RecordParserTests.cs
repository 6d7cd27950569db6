using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>The record parser on each PFOCR layout, and on the quirks real records have.</summary>
public sealed class RecordParserTests
{
    private static FigureRecord Parse(string text)
    {
        var file = RecordParser.Parse("figures/x.md", SourceText.From(text), CancellationToken.None);
        Assert.Empty(file.Diagnostics);
        return Assert.Single(file.Figures);
    }

    [Fact]
    public void V1_record_reads_metadata_and_inline_gene_chemical_and_disease_lists()
    {
        var figure = Parse("""
            ---
            figid: PMC1__a.g001
            pmcid: PMC1
            figtitle: 'A title: with a colon'
            number: Figure 1
            caption: First line
              continued.
            year: '2005'
            organisms:
            - Homo sapiens
            figlink: /pmc/articles/PMC1/figure/g001/
            genes:
            - word: IL-12
              symbol: IL12
              source: bioentities_symbol
              hgnc_symbol: IL12A
              entrez: '3592'
            chemicals:
            - word: cAMP
              source: MESH
              identifier: D000242
            diseases:
            - word: x
              source: ''
              identifier: ''
            ---
            """);

        Assert.Equal("PMC1__a.g001", figure.Id);
        Assert.Equal("A title: with a colon", figure.Title);
        Assert.Equal("First line continued.", figure.Caption);
        Assert.Equal(2005, figure.Year);
        Assert.Equal(["Homo sapiens"], figure.Organisms);
        Assert.Equal("https://pmc.ncbi.nlm.nih.gov/articles/PMC1/figure/g001/", figure.Link);
        var gene = Assert.Single(figure.Genes!.Value);
        Assert.Equal(("IL-12", "bioentities_symbol", "IL12A", 3592, 9606), (gene.Word, gene.Source, gene.Symbol, gene.EntrezId, gene.TaxonomyId));
        Assert.Equal(new EntityMention("cAMP", "", "MESH:D000242", ""), Assert.Single(figure.Chemicals!.Value));
        Assert.Equal("", Assert.Single(figure.Diseases!.Value).Key);
    }

    [Fact]
    public void V2_record_with_scalar_organisms_and_alias_fields_reads_the_same_way()
    {
        var figure = Parse("""
            ---
            figid: PMC2__f3
            number: F3
            pmcid: PMC2
            organisms: Homo sapiens
            genes: []
            chemicals: []
            diseases: []
            figid_alias: PMC2__F3
            redirect_from: /figures/PMC2__F3
            figtype: Figure
            ---
            """);

        Assert.Equal("F3", figure.Number);
        Assert.Equal(["Homo sapiens"], figure.Organisms);
        Assert.Empty(figure.Genes!.Value);
    }

    [Fact]
    public void V3_record_has_no_mention_lists_so_tables_can_supply_them()
    {
        var figure = Parse("""
            ---
            figid: PMC3__g1
            figtitle: T
            organisms:
            - NA
            - Mus musculus
            - NA
            pmcid: PMC3
            doi: .na.character
            keywords: ''
            year: '2023'
            ---
            """);

        Assert.Null(figure.Genes);
        Assert.Null(figure.Chemicals);
        Assert.Null(figure.Diseases);
        Assert.Equal(["Mus musculus"], figure.Organisms);
    }

    [Fact]
    public void Placeholders_read_as_empty_text()
    {
        var figure = Parse("""
            ---
            figid: PMC4__g1
            pmcid: PMC4
            figtitle: .na.character
            reftext: ''
            year: ''
            ---
            """);

        Assert.Equal("", figure.Title);
        Assert.Equal("", figure.Reference);
        Assert.Null(figure.Year);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_parse_like_lf()
    {
        var lf = "---\nfigid: PMC5__g1\npmcid: PMC5\ncaption: a\n  b\n---\n";
        var figure = Parse("\uFEFF" + lf.Replace("\n", "\r\n"));

        Assert.Equal(Parse(lf) with { IdPosition = default }, figure with { IdPosition = default });
    }

    [Fact]
    public void Key_order_does_not_matter()
    {
        var a = Parse("---\nfigid: PMC6__g1\npmcid: PMC6\nfigtitle: T\n---\n");
        var b = Parse("---\nfigtitle: T\npmcid: PMC6\nfigid: PMC6__g1\n---\n");

        Assert.Equal(a with { IdPosition = default }, b with { IdPosition = default });
    }

    [Theory]
    [InlineData("http://", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7/")]
    [InlineData("not a link", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7/")]
    [InlineData("https://example.org/f1", "https://example.org/f1")]
    public void Figure_link_is_always_a_valid_absolute_uri(string figlink, string expected)
    {
        var figure = Parse($"---\nfigid: PMC7__g1\npmcid: PMC7\nfiglink: '{figlink}'\n---\n");

        Assert.Equal(expected, figure.Link);
    }

    [Fact]
    public void Alias_to_an_enclosing_collection_is_a_syntax_error_not_a_cycle()
    {
        var file = RecordParser.Parse("figures/x.md", SourceText.From("---\nfigid: PMC8__g1\npmcid: PMC8\ngenes: &g\n- *g\n---\n"), CancellationToken.None);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("PFOCR002", diagnostic.Id);
        Assert.Equal(4, diagnostic.Position.Line);
        Assert.Empty(file.Figures);
    }
}
