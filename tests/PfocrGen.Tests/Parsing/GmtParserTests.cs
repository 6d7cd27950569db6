using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;
using PfocrGen.Tests.Infrastructure;

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
    public void A_line_keeps_no_link_or_record_details_of_its_own_and_reads_as_its_paper_page_with_nothing_published()
    {
        var lines = Parse("PMC1__f1\tT\t3592\nPMC 2/x__f\tU\t6775\n").Figures;

        Assert.Equal(["https://pmc.ncbi.nlm.nih.gov/articles/PMC1/", "https://pmc.ncbi.nlm.nih.gov/articles/PMC%202%2Fx/"], lines.Select(f => f.Link));
        Assert.Equal(lines.Select(f => Identifiers.FigureLink(string.Empty, f.Pmcid)), lines.Select(f => f.Link));
        Assert.All(lines, f => Assert.Same(RecordDetails.None, f.Details));
        Assert.All(lines, f => Assert.Equal(("", "", null, ""), (f.Caption, f.PaperTitle, f.Year, f.Doi)));

        // The fingerprint is the SHA-256 of the line's canonical text, in hex; two lines differ in it.
        Assert.All(lines, f => Assert.Matches("^[0-9a-f]{64}$", f.Fingerprint));
        Assert.NotEqual(lines[0].Fingerprint, lines[1].Fingerprint);
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

    [Fact]
    public void A_gene_on_several_lines_of_a_file_is_one_mention_located_at_its_first_cell()
    {
        var file = Parse("PMC1__f1\tT\t3592\t6775\nPMC1__f2\tU\t6775\t007\n");

        Assert.Empty(file.Diagnostics);
        var first = file.Figures[0].Genes!.Value;
        var second = file.Figures[1].Genes!.Value;
        Assert.Same(first[1], second[0]);
        Assert.Equal((0, 16), (second[0].Position.Line, second[0].Position.Column));
        Assert.Equal([6775, 7], second.Select(g => g.EntrezId)); // plain digits read in place, leading zeros and all
    }

    [Fact]
    public void Id_cells_that_are_not_plain_digits_keep_their_diagnostics_on_every_line()
    {
        var file = Parse("PMC1__f1\tT\tNA\t6775\nPMC1__f2\tU\tNA\t 3592 \n");

        Assert.Equal([("PFOCR006", 0, 11), ("PFOCR006", 1, 11)], file.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)));
        Assert.Equal([3592], file.Figures[1].Genes!.Value.Select(g => g.EntrezId));
    }

    [Fact]
    public void A_chemical_on_several_lines_is_one_mention_and_a_bad_member_is_reported_on_each_line()
    {
        var file = GmtParser.Parse(
            "sets/pfocr-20250701-chemical-gmt-Mus_musculus.gmt",
            SourceText.From("PMC1__f1\tT\tchebi:15422\tATP\nPMC1__f2\tU\tchebi:15422\tATP\tmesh:D000255\n"),
            CancellationToken.None);

        Assert.Equal([("PFOCR008", 0, 23), ("PFOCR008", 1, 23)], file.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)));
        var first = file.Figures[0].Chemicals!.Value;
        var second = file.Figures[1].Chemicals!.Value;
        Assert.Equal(["CHEBI:15422"], first.Select(c => c.Key));
        Assert.Equal(["CHEBI:15422", "MESH:D000255"], second.Select(c => c.Key));
        Assert.Same(first[0], second[0]);
    }

    [Fact]
    public void Chemical_cells_are_matched_by_their_trimmed_text_and_each_key_is_kept_once_per_line()
    {
        var file = GmtParser.Parse(
            "sets/pfocr-20250701-chemical-gmt-Mus_musculus.gmt",
            SourceText.From("PMC1__f1\tT\t chebi:15422 \tchebi:15422\tCHEBI:15422\tmesh:D000255\tchebi:1\nPMC1__f2\tU\tchebi:1\t ATP\tchebi:15422\n"),
            CancellationToken.None);

        var first = file.Figures[0].Chemicals!.Value;
        var second = file.Figures[1].Chemicals!.Value;
        Assert.Equal(["CHEBI:15422", "MESH:D000255", "CHEBI:1"], first.Select(c => c.Key));
        Assert.Equal(["CHEBI:1", "CHEBI:15422"], second.Select(c => c.Key));
        Assert.Same(first[2], second[0]);
        Assert.Same(first[0], second[1]); // " chebi:15422 " and "chebi:15422" are one cell text once trimmed
        Assert.Equal(("MESH:D000255", ""), (first[1].MeshId, first[1].OtherId));

        // The bad member is reported on its cell and named without the space before it.
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("PFOCR008", 1, 19), (diagnostic.Id, diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains("'ATP' is not", string.Concat(diagnostic.MessageArgs), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_of_one_paper_in_a_row_share_its_pmcid()
    {
        var figures = Parse("PMC7__a\tA\t1\nPMC7__b\tB\t2\nPMC70__c\tC\t3\nPMC7__d\tD\t4\nno-paper\tE\t5\n__x\tF\t6\n").Figures;

        Assert.Equal(["PMC7", "PMC7", "PMC70", "PMC7", "no-paper", "__x"], figures.Select(f => f.Pmcid));
        Assert.Same(figures[0].Pmcid, figures[1].Pmcid);
        Assert.NotSame(figures[1].Pmcid, figures[3].Pmcid); // not one after the other: a string of its own, equal
    }

    [ReleaseFact]
    public void The_real_chemical_file_reads_as_plain_splitting_reads_it()
    {
        const string Name = "pfocr-20250701-chemical-gmt-Caenorhabditis_elegans.gmt";
        var text = File.ReadAllText(Path.Combine(TestData.ReleaseDirectory!, Name));

        var file = GmtParser.Parse(Name, SourceText.From(text), CancellationToken.None);

        // The oracle: tab-split lines, cells trimmed, the prefix upper-cased, the first of each id kept.
        var expected = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t').Select(c => c.Trim()).ToArray()).Select(cells => (
            cells[0],
            cells[1],
            string.Join(" ", cells.Skip(2).Where(c => c.Length > 0).Select(c => c[..c.IndexOf(':')].ToUpperInvariant() + c[c.IndexOf(':')..]).Distinct(StringComparer.Ordinal))))
            .ToList();
        Assert.Empty(file.Diagnostics);
        Assert.True(expected.Count > 5_000, "the file was read");
        Assert.Equal(expected, file.Figures.Select(f => (f.Id, f.Title, string.Join(" ", f.Chemicals!.Value.Select(c => c.Key)))).ToList());
    }
}
