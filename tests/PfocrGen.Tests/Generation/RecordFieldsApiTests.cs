using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// The record fields beyond figure and mentions, on small records that hold what the real corpus leaves empty
/// (a WikiPathways id, annotations, a score in the old field) and the edge cases of each rule. The real records of
/// every layout are checked against an independent reading in <c>Corpus/RecordFieldCorpusTests</c>.
/// </summary>
public sealed class RecordFieldsApiTests
{
    private static readonly string[] FullRecord =
    [
        "figtitle: A pathway",
        "doi: 10.1000/ABC.def",
        "journal_title: Journal of Tests",
        "journal_nlm_ta: J Tests",
        "publisher_name: Test Press",
        "keywords: 'signal  transduction | | STAT4\t|  JAK  '",
        "automl_pathway: 0.875",
        "figtype: Graphical abstract",
        "filename: fig 1.jpg",
        "ndex: 59cae9cb-dea2-11ea-99da-0ac135e8bacf",
        "wpid: WP5092",
        "organisms_ner:",
        "- NA",
        "- Homo sapiens",
        "- Homo sapiens",
        "annotations:",
        "- type: Disease",
        "  value: asthma",
        "- type: Cell Type",
        "  value: T cell",
    ];

    [Fact]
    public void Every_field_of_a_full_record_is_in_the_API()
    {
        var figure = GeneratorHarness.Run([Records.File("PMC1__f1", FullRecord)]).Load().Call("Figures", "ById", "PMC1__f1")!;

        Assert.Equal("10.1000/ABC.def", LoadedAssembly.Get(figure, "Doi"));
        Assert.Equal("Journal of Tests", LoadedAssembly.Get(figure, "JournalTitle"));
        Assert.Equal("J Tests", LoadedAssembly.Get(figure, "JournalAbbreviation"));
        Assert.Equal("Test Press", LoadedAssembly.Get(figure, "Publisher"));
        Assert.Equal(["signal transduction", "STAT4", "JAK"], Strings(LoadedAssembly.Get(figure, "Keywords")));
        Assert.Equal(0.875, LoadedAssembly.Get(figure, "PathwayScore"));
        Assert.Equal("Graphical abstract", LoadedAssembly.Get(figure, "FigureType"));
        Assert.Equal("fig 1.jpg", LoadedAssembly.Get(figure, "ImageFileName"));
        Assert.Equal("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/bin/fig%201.jpg", ((Uri)LoadedAssembly.Get(figure, "ImageLink")!).AbsoluteUri);
        Assert.Equal("59cae9cb-dea2-11ea-99da-0ac135e8bacf", LoadedAssembly.Get(figure, "NdexId"));
        Assert.Equal("https://www.ndexbio.org/viewer/networks/59cae9cb-dea2-11ea-99da-0ac135e8bacf", LoadedAssembly.Get(figure, "NdexLink")!.ToString());
        Assert.Equal("WP5092", LoadedAssembly.Get(figure, "WikiPathwaysId"));
        Assert.Equal("https://www.wikipathways.org/instance/WP5092", LoadedAssembly.Get(figure, "WikiPathwaysLink")!.ToString());
        Assert.Equal(["Homo sapiens", "Homo sapiens"], Strings(LoadedAssembly.Get(figure, "RecognizedOrganisms")));
        Assert.Equal(
            [("Disease", "asthma"), ("Cell Type", "T cell")],
            LoadedAssembly.List(LoadedAssembly.Get(figure, "Annotations")).Select(a => ((string)LoadedAssembly.Get(a, "Type")!, (string)LoadedAssembly.Get(a, "Value")!)));
    }

    [Fact]
    public void Placeholders_and_missing_fields_are_null_or_empty()
    {
        var figure = GeneratorHarness.Run(
        [
            Records.File("PMC1__f1", "doi: .na.character", "journal_title: ''", "keywords: .na.character", "ndex: ''", "wpid:", "organisms_ner:", "- NA", "annotations: []"),
        ]).Load().Call("Figures", "ById", "PMC1__f1")!;

        foreach (var property in new[] { "Doi", "JournalTitle", "JournalAbbreviation", "Publisher", "PathwayScore", "FigureType", "ImageFileName", "ImageLink", "NdexId", "NdexLink", "WikiPathwaysId", "WikiPathwaysLink" })
        {
            Assert.True(LoadedAssembly.Get(figure, property) is null, property + " should be null");
        }

        foreach (var property in new[] { "Keywords", "RecognizedOrganisms", "Annotations", "ChemicalMentions", "DiseaseMentions" })
        {
            Assert.Empty(LoadedAssembly.List(LoadedAssembly.Get(figure, property)));
        }
    }

    [Fact]
    public void Papers_by_DOI_ignore_case_and_accept_the_usual_prefixes()
    {
        var api = GeneratorHarness.Run([Records.File("PMC1__f1", FullRecord), Records.File("PMC2__f1", "doi: 10.2000/other")]).Load();

        foreach (var doi in new[] { "10.1000/ABC.def", "10.1000/abc.DEF", " doi:10.1000/abc.def ", "DOI:10.1000/ABC.DEF", "https://doi.org/10.1000/abc.def", "http://dx.doi.org/10.1000/ABC.def" })
        {
            Assert.Equal("PMC1", api.Call("Papers", "ByDoi", doi)?.ToString());
        }

        Assert.Equal("PMC2", api.Call("Papers", "ByDoi", "10.2000/OTHER")?.ToString());
        Assert.Null(api.Call("Papers", "ByDoi", "10.1000/abc"));
        Assert.Null(api.Call("Papers", "ByDoi", ""));
        Assert.Null(api.Call("Papers", "ByDoi", new object?[] { null }!));
    }

    [Fact]
    public void Mentions_keep_the_tables_words_and_matches_in_order_and_an_id_less_row_has_no_entity()
    {
        var api = GeneratorHarness.Run(
        [
            Records.File("PMC1__f1"),
            ("records/PMC1__f1-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\nATP\tmesh:D000255\tAdenosine Triphosphate\tATP\tchebi:15422\noxo\tNA\tNA\tNA\tNA\nATP\tmesh:D000255\tATP\tATP\tchebi:15422\n"),
            ("records/PMC1__f1-diseases.tsv", "word\tmesh\tmatch\tname\tdoid\nVWS\tmesh:C536528\tVan der Woude\tVan der Woude syndrome\tdoid:0060239\n"),
            ("records/PMC1__f1-genes.tsv", Records.GenesHeader + "\n9606\tHomo sapiens\tPrimates\tB-AR\tBAR\tADRB1\t153\tncbigene_synonym\t1\t0\t1\n"),
        ]).Load();
        var figure = api.Call("Figures", "ById", "PMC1__f1")!;

        var chemicals = LoadedAssembly.List(LoadedAssembly.Get(figure, "ChemicalMentions")).ToList();
        Assert.Equal(
            [("ATP", "Adenosine Triphosphate", "CHEBI:15422"), ("oxo", "", null), ("ATP", "ATP", "CHEBI:15422")],
            chemicals.Select(m => ((string)LoadedAssembly.Get(m, "Word")!, (string)LoadedAssembly.Get(m, "Match")!, LoadedAssembly.Get(m, "Chemical") is { } c ? (string?)LoadedAssembly.Get(c, "Id") : null)));
        Assert.Same(LoadedAssembly.Get(chemicals[0], "Chemical"), LoadedAssembly.Get(chemicals[2], "Chemical"));
        var disease = Assert.Single(LoadedAssembly.List(LoadedAssembly.Get(figure, "DiseaseMentions")));
        Assert.Equal("Van der Woude", LoadedAssembly.Get(disease, "Match"));
        Assert.Equal("DOID:0060239", LoadedAssembly.Get(LoadedAssembly.Get(disease, "Disease")!, "Id"));
        Assert.Equal("BAR", LoadedAssembly.Get(Assert.Single(LoadedAssembly.List(LoadedAssembly.Get(figure, "GeneMentions"))), "Match"));
    }

    [Fact]
    public void The_typed_members_doc_carries_journal_year_score_and_DOI_in_one_escaped_line()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__f1", "journal_title: Cells & <Systems>", "year: '2021'", "automl_pathway: 0.91", "doi: 10.1000/a<b>")]);

        var shard = run.GeneratedSource("PfocrGen.Shard0.g.cs");
        Assert.Contains("/// <para>Cells &amp; &lt;Systems&gt;, 2021; pathway score 0.91; DOI <c>10.1000/a&lt;b&gt;</c>.</para>", shard, StringComparison.Ordinal);
        Assert.Empty(run.CompilerProblems);
    }

    private static List<string> Strings(object? list) => LoadedAssembly.List(list).Cast<string>().ToList();
}
