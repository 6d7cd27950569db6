using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PfocrGen.IdChecking;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.IdChecking.IdCheckHarness;

namespace PfocrGen.Tests.IdChecking;

/// <summary>
/// PFOCR027: a constant id that is known but has no typed member is an info diagnostic on the argument that says what
/// the lookup finds, as the member's doc comment would have. The expected facts are read from the compiled, loaded
/// API of the same records (<see cref="SampleApi"/>), not from the analyzer's own reading of the tables.
/// Records: the sample's (the seed figure PMC2869233__ijms-11-00789f3, PMC9000001__sample-fig1, and
/// PMC9000002__sample-g002 with genes, chemicals and diseases tables).
/// </summary>
public sealed class KnownIdDescriptionTests
{
    private static readonly Lazy<LoadedAssembly> s_sampleApi = new(() => GeneratorHarness.Run(TestData.SampleFiles).Load());

    private static readonly Dictionary<string, string> NoFigureMembers = new() { ["PfocrGenFigureMembers"] = "false" };

    private static readonly Dictionary<string, string> NoGeneMembers = new() { ["PfocrGenGeneMembers"] = "false" };

    private static LoadedAssembly SampleApi => s_sampleApi.Value;

    private static IReadOnlyList<Diagnostic> Sample(string statements, IReadOnlyDictionary<string, string>? properties = null) =>
        Analyze(TestData.SampleFiles, Consumer(statements), properties);

    [Fact]
    public void Symbol_lookup_says_which_gene_it_finds_its_organism_and_in_how_many_figures()
    {
        var diagnostic = Assert.Single(Sample("""var genes = Genes.BySymbol("STAT4");"""));

        Assert.Equal(("PFOCR027", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("\"STAT4\"", LocatedText(diagnostic));
        Assert.Equal(
            $"Genes.BySymbol(\"STAT4\") finds STAT4: NCBI Gene 6775 (Homo sapiens), in {Plural(Figures(SampleApi.Call("Genes", "ByEntrez", 6775)), "figure")}",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Entrez_lookup_without_gene_members_says_what_the_gene_is()
    {
        var diagnostic = Assert.Single(Sample("""var gene = Genes.ByEntrez(30009);""", NoGeneMembers));

        Assert.Equal("PFOCR027", diagnostic.Id);
        Assert.Equal("30009", LocatedText(diagnostic));
        Assert.Equal(
            $"Genes.ByEntrez(30009) finds TBX21: NCBI Gene 30009 (Homo sapiens), in {Plural(Figures(SampleApi.Call("Genes", "ByEntrez", 30009)), "figure")}",
            diagnostic.GetMessage());
    }

    [Fact]
    public void Entrez_lookup_with_a_gene_member_gets_the_member_offer_only()
    {
        var diagnostic = Assert.Single(Sample("""var gene = Genes.ByEntrez(6775);"""));

        Assert.Equal("PFOCR023", diagnostic.Id);
    }

    [Theory]
    [InlineData("PMC9000002__sample-g002")]
    [InlineData("PMC9000002__F2")]
    public void Figure_lookup_without_figure_members_names_the_figure_its_title_paper_year_and_gene_count(string id)
    {
        var diagnostic = Assert.Single(Sample($$"""var figure = Figures.ById("{{id}}");""", NoFigureMembers));

        var figure = SampleApi.Call("Figures", "ById", "PMC9000002__sample-g002")!;
        Assert.Equal("PFOCR027", diagnostic.Id);
        Assert.Equal($"\"{id}\"", LocatedText(diagnostic));
        Assert.Equal(
            $"Figures.ById(\"{id}\") finds figure PMC9000002__sample-g002 ({Get(figure, "Number")}) '{Get(figure, "Title")}', "
            + $"in '{Get(figure, "PaperTitle")}' ({Get(figure, "Year")}), with {Plural(LoadedAssembly.List(Get(figure, "Genes")).Count(), "gene")}",
            diagnostic.GetMessage());
    }

    [Fact]
    public void Figure_and_paper_lookups_with_typed_members_get_the_member_offer_only()
    {
        var diagnostics = Sample("""var found = (Figures.ById("PMC9000002__sample-g002"), Papers.ById("PMC9000002"));""");

        Assert.Equal(["PFOCR023", "PFOCR023"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Paper_description_gives_its_title_and_figure_count()
    {
        // A paper member exists up to 5,000 figures whatever the options, so the analyzer offers it instead; the
        // description is the one PFOCR027 gives above that size (RealReleaseDescriptionTests reports it there).
        var known = SampleKnownIds();

        var description = IdDescription.Of(known, LookupKind.Paper, "PMC2869233", () => throw new InvalidOperationException("no counts needed"), SampleShard);

        var paper = SampleApi.Call("Papers", "ById", "PMC2869233")!;
        Assert.Equal($"paper PMC2869233 '{Get(paper, "Title")}', with {Plural(Figures(paper), "figure")}", description);
    }

    [Theory]
    [InlineData("Chemicals", "chebi:15422")]
    [InlineData("Chemicals", "MESH:D000255")]
    [InlineData("Diseases", "doid:8778")]
    [InlineData("Diseases", "mesh:d003424")]
    public void Chemical_and_disease_lookups_name_the_entity_its_ids_and_in_how_many_figures(string type, string id)
    {
        var diagnostic = Assert.Single(Sample($$"""var found = {{type}}.ById("{{id}}");"""));

        var entity = SampleApi.Call(type, "ById", id)!;
        var otherId = Get(entity, type == "Chemicals" ? "ChebiId" : "DoidId");
        var noun = type == "Chemicals" ? "chemical" : "disease";
        Assert.Equal("PFOCR027", diagnostic.Id);
        Assert.Equal(
            $"{type}.ById(\"{id}\") finds {noun} '{Get(entity, "Name")}' ({otherId}, {Get(entity, "MeshId")}), in {Plural(Figures(entity), "figure")}",
            diagnostic.GetMessage());
    }

    [Fact]
    public void Unknown_ids_get_PFOCR022_only_and_ids_known_only_at_run_time_get_nothing()
    {
        var diagnostics = Sample("""
            var id = Console.ReadLine()!;
            var unknown = (Genes.BySymbol("STAT5"), Genes.ByEntrez(67750), Figures.ById("PMC9000002__F9"), Papers.ById("PMC9000003"), Chemicals.ById("CHEBI:1"), Diseases.ById("DOID:1"));
            var runtime = (Genes.BySymbol(id), Genes.ByEntrez(id.Length), Figures.ById(id), Papers.ById(id), Chemicals.ById(id), Diseases.ById(id));
            """);

        Assert.Equal(Enumerable.Repeat("PFOCR022", 6), diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Every_constant_lookup_gets_exactly_one_id_diagnostic()
    {
        string[] calls =
        [
            """Genes.BySymbol("STAT4")""", """Genes.BySymbol("Stat4")""", """Genes.BySymbol("stat4")""", "Genes.ByEntrez(6775)", "Genes.ByEntrez(1)",
            """Figures.ById("PMC2869233__ijms-11-00789f3")""", """Figures.ById("PMC9000002__F2")""", """Papers.ById(Paper)""",
            """Chemicals.ById("CHEBI:15422")""", """Diseases.ById("DOID:8778")""", """Diseases.ById("DOID:8779")""",
        ];

        foreach (var properties in new[] { null, NoFigureMembers, NoGeneMembers })
        {
            var diagnostics = Sample("var found = new object?[] { " + string.Join(", ", calls) + " };", properties);

            var invocations = diagnostics[0].Location.SourceTree!.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => calls.Contains(i.ToString())).ToList();
            Assert.Equal(calls.Length, invocations.Count);
            Assert.All(invocations, call => Assert.Single(diagnostics, d => call.Span.Contains(d.Location.SourceSpan)));
            Assert.Equal(calls.Length, diagnostics.Count);
        }
    }

    [Fact]
    public void Symbol_of_several_organisms_lists_each_gene_most_figures_first()
    {
        // ACO2 is a human gene (NCBI 50) and an Arabidopsis gene (NCBI 817774); the Arabidopsis one is in more figures here.
        var human = Records.GeneRow("ACO2", "ACO2", "50");
        var cress = Records.GeneRow("ACO2", "ACO2", "817774", 3702, "Arabidopsis thaliana");
        var records = new[]
        {
            Records.File("PMC1__f1"), Records.GenesTable("PMC1__f1", human, cress, cress),
            Records.File("PMC1__f2"), Records.GenesTable("PMC1__f2", cress),
        };

        var diagnostic = Assert.Single(Analyze(records, Consumer("""var genes = Genes.BySymbol("ACO2");""")));

        Assert.Equal(
            "Genes.BySymbol(\"ACO2\") finds 2 genes: ACO2: NCBI Gene 817774 (Arabidopsis thaliana), in 2 figures; ACO2: NCBI Gene 50 (Homo sapiens), in 1 figure",
            diagnostic.GetMessage());
    }

    [Fact]
    public void Symbol_of_many_organisms_lists_the_first_five_and_counts_the_rest()
    {
        var rows = Enumerable.Range(1, 7).Select(i => Records.GeneRow("act1", "act1", (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 100 + i, "Species " + i)).ToArray();

        var diagnostic = Assert.Single(Analyze([Records.File("PMC1__f1"), Records.GenesTable("PMC1__f1", rows)], Consumer("""var genes = Genes.BySymbol("act1");""")));

        var message = diagnostic.GetMessage();
        Assert.StartsWith("Genes.BySymbol(\"act1\") finds 7 genes: act1: NCBI Gene 1001 (Species 1), in 1 figure; ", message, StringComparison.Ordinal);
        Assert.EndsWith("act1: NCBI Gene 1005 (Species 5), in 1 figure; and 2 more", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_text_is_put_on_one_line_and_a_long_title_is_cut_at_a_word()
    {
        var title = "Signalling\tof the\r\n  receptor " + string.Concat(Enumerable.Repeat("kinase 🧬 cascade ", 20));
        var records = new[] { Records.File("PMC1__f1", "figtitle: \"" + title.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r\n", "\\r\\n", StringComparison.Ordinal) + "\"") };

        var diagnostic = Assert.Single(Analyze(records, Consumer("""var figure = Figures.ById("PMC1__f1");"""), NoFigureMembers));

        var message = diagnostic.GetMessage();
        Assert.StartsWith("Figures.ById(\"PMC1__f1\") finds figure PMC1__f1 'Signalling of the receptor kinase 🧬 cascade kinase", message, StringComparison.Ordinal);
        Assert.EndsWith("…', with 0 genes", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public void Odd_constants_get_PFOCR022_or_nothing_and_never_an_analyzer_failure()
    {
        var diagnostics = Sample("""
            var odd = new object?[]
            {
                Genes.BySymbol(""), Genes.BySymbol(" STAT4"), Genes.BySymbol("STAT4\0"), Genes.BySymbol("\uD83E"), Genes.ByEntrez(0), Genes.ByEntrez(-6775), Genes.ByEntrez(int.MaxValue),
                Figures.ById(""), Figures.ById("__"), Papers.ById("PMC"), Chemicals.ById(":"), Diseases.ById("   "), Figures.ById(null!),
                Figures.ById("
            """ + new string('x', 5000) + """
            "),
            };
            """, NoFigureMembers);

        Assert.All(diagnostics, d => Assert.Equal("PFOCR022", d.Id));
        Assert.Equal(13, diagnostics.Count);
    }

    [Fact]
    public void A_slot_the_shard_does_not_have_reads_as_no_figure()
    {
        var shard = SampleShard(0)!;

        Assert.Null(GeneratedIdCatalog.ReadFigure(shard, -1));
        Assert.Null(GeneratedIdCatalog.ReadFigure(shard, 1_000_000));
        Assert.NotNull(GeneratedIdCatalog.ReadFigure(shard, 0));
    }

    private static string? SampleShard(int shard) =>
        GeneratedIdCatalog.ShardText(GeneratorHarness.Run(TestData.SampleFiles).Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!, shard);

    private static KnownIds SampleKnownIds() =>
        new(GeneratedIdCatalog.TryRead(GeneratorHarness.Run(TestData.SampleFiles).Compilation.Assembly.GetTypeByMetadataName("Pfocr.PfocrTables")!)!);

    private static int Figures(object? item) => LoadedAssembly.List(Get(item, "Figures")).Count();

    private static object Get(object? target, string property) => LoadedAssembly.Get(target ?? throw new Xunit.Sdk.XunitException("no such item"), property)!;

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
