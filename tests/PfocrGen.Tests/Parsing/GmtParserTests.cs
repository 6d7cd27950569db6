using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>GMT gene-set files as the fourth input layout: one figure per line.</summary>
public sealed class GmtParserTests
{
    private static ParsedFile Parse(string text) => GmtParser.Parse("sets/pfocr.gmt", SourceText.From(text), CancellationToken.None);

    [Fact]
    public void Each_line_becomes_a_figure_with_its_title_and_gene_ids()
    {
        var file = Parse("PMC1__f1\tIL-12 signalling\t3592\t3593\t6775\nPMC1__f2\tSecond\t6775\r\n\nPMC2__g\tThird\t\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(
            [("PMC1__f1", "PMC1", "IL-12 signalling", new[] { 3592, 3593, 6775 }), ("PMC1__f2", "PMC1", "Second", new[] { 6775 }), ("PMC2__g", "PMC2", "Third", Array.Empty<int>())],
            file.Figures.Select(f => (f.Id, f.Pmcid, f.Title, f.Genes!.Value.Select(g => g.EntrezId).ToArray())));
    }

    [Fact]
    public void WikiPathways_style_names_are_taken_apart()
    {
        var figure = Assert.Single(Parse("IL-12 signalling%PFOCR_20240101%PMC2869233__ijms-11-00789f3%Homo sapiens\thttps://pfocr.wikipathways.org/\t6775\n").Figures);

        Assert.Equal(("PMC2869233__ijms-11-00789f3", "PMC2869233", "IL-12 signalling"), (figure.Id, figure.Pmcid, figure.Title));
    }

    [Fact]
    public void Bad_gene_id_is_reported_on_its_cell_and_the_rest_of_the_set_kept()
    {
        var file = Parse("PMC1__f1\tT\t3592\tSTAT4\t6775\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("PFOCR006", 0, 16), (diagnostic.Id, diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Equal([3592, 6775], Assert.Single(file.Figures).Genes!.Value.Select(g => g.EntrezId));
    }

    [Fact]
    public void Line_without_a_description_column_is_reported_and_skipped()
    {
        var file = Parse("PMC1__f1\tT\t3592\njust-a-name\nPMC1__f2\tU\t6775\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("PFOCR008", 1), (diagnostic.Id, diagnostic.Position.Line));
        Assert.Equal(["PMC1__f1", "PMC1__f2"], file.Figures.Select(f => f.Id));
    }
}
