using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Infrastructure.LoadedAssembly;

namespace PfocrGen.Tests.Release;

/// <summary>
/// Release files merged into one figure per name: genes united over species files (each with its file's organism),
/// chemicals united over chemical files, conflicts only between lines of one kind and species.
/// </summary>
public sealed class ReleaseMergeTests
{
    private const string Mouse = "release/pfocr-20250701-gmt-Mus_musculus.gmt";
    private const string Zebrafish = "release/pfocr-20250701-gmt-Danio_rerio.gmt";
    private const string WormChemicals = "release/pfocr-20250701-chemical-gmt-Caenorhabditis_elegans.gmt";
    private const string MouseChemicals = "release/pfocr-20250701-chemical-gmt-Mus_musculus.gmt";

    [Fact]
    public void Same_name_in_two_species_files_is_one_figure_with_each_genes_organism()
    {
        var run = GeneratorHarness.Run([
            (Mouse, "PMC1__F1\tToll-like receptor signaling\t21897\t16193\nPMC2__F1\tMouse only\t21897\n"),
            (Zebrafish, "PMC1__F1\tToll-like receptor signaling\t30590\n"),
        ]);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        Assert.Equal(2, List(api.Static("Figures", "All")).Count());
        var figure = api.Call("Figures", "ById", "PMC1__F1")!;
        // Files in ordinal path order: "…Danio_rerio.gmt" < "…Mus_musculus.gmt".
        Assert.Equal(
            [(30590, "Danio rerio", (int?)7955), (21897, "Mus musculus", 10090), (16193, "Mus musculus", 10090)],
            List(Get(figure, "Genes")).Select(g => ((int)Get(g, "EntrezId")!, (string)Get(g, "Organism")!, (int?)Get(g, "TaxonomyId"))));
        Assert.Equal(["Danio rerio", "Mus musculus"], List(Get(figure, "Organisms")).Cast<string>());
    }

    [Fact]
    public void Chemical_sets_repeated_across_species_files_are_merged_and_normalised()
    {
        var run = GeneratorHarness.Run([
            (Mouse, "PMC1__F1\tLactate\t21897\n"),
            (WormChemicals, "PMC1__F1\tLactate\tchebi:23981\tchebi:35366\n"),
            (MouseChemicals, "PMC1__F1\tLactate\tchebi:35366\tCHEBI:23981\tmesh:D000255\n"),
        ]);

        Assert.Empty(run.Pfocr);
        var api = run.Load();
        var figure = api.Call("Figures", "ById", "PMC1__F1")!;

        // Ordinal path order: the worm chemical file comes before the mouse one; each id once.
        Assert.Equal(["CHEBI:23981", "CHEBI:35366", "MESH:D000255"], List(Get(figure, "Chemicals")).Select(c => (string)Get(c, "Id")!));
        Assert.Equal([21897], List(Get(figure, "Genes")).Select(g => (int)Get(g, "EntrezId")!));
        Assert.Equal("CHEBI:23981", Get(api.Call("Chemicals", "ById", "chebi:23981")!, "ChebiId"));
    }

    [Fact]
    public void A_line_that_holds_every_other_lines_members_is_the_union_in_its_own_order()
    {
        // The worm chemical file (first in path order) lists everything; the mouse one a subset in another order,
        // and the zebrafish gene line (first) everything the mouse gene line lists: each union is the first line.
        var run = GeneratorHarness.Run([
            (Zebrafish, "PMC1__F1\tLactate\t21897\t16193\n"),
            (Mouse, "PMC1__F1\tLactate\t16193\n"),
            (WormChemicals, "PMC1__F1\tLactate\tchebi:35366\tchebi:23981\n"),
            (MouseChemicals, "PMC1__F1\tLactate\tCHEBI:23981\n"),
        ]);

        Assert.Empty(run.Pfocr);
        var figure = run.Load().Call("Figures", "ById", "PMC1__F1")!;
        Assert.Equal(["CHEBI:35366", "CHEBI:23981"], List(Get(figure, "Chemicals")).Select(c => (string)Get(c, "Id")!));
        Assert.Equal(
            [(21897, "Danio rerio"), (16193, "Danio rerio")],
            List(Get(figure, "Genes")).Select(g => ((int)Get(g, "EntrezId")!, (string)Get(g, "Organism")!)));
        Assert.Equal(["Danio rerio", "Mus musculus"], List(Get(figure, "Organisms")).Cast<string>());
    }

    [Fact]
    public void A_chemical_file_named_otherwise_is_recognised_by_its_content()
    {
        var run = GeneratorHarness.Run([("sets/chemicals.gmt", "PMC1__F1\tT\t\tchebi:23981\nPMC1__F2\tT\tmesh:D000255\n")]);

        Assert.Empty(run.Pfocr);
        var api = run.Load();
        Assert.Equal(["CHEBI:23981", "MESH:D000255"], List(api.Static("Chemicals", "All")).Select(c => (string)Get(c, "Id")!).Order(StringComparer.Ordinal));
        Assert.Empty(List(api.Static("Genes", "All")));
    }

    [Fact]
    public void Bad_member_of_a_chemical_file_is_reported_on_its_cell()
    {
        var run = GeneratorHarness.Run([(WormChemicals, "PMC1__F1\tT\tchebi:23981\t23981\tchebi:\n")]);

        Assert.Equal(
            [$"{WormChemicals}(1,24): Warning PFOCR008", $"{WormChemicals}(1,30): Warning PFOCR008"],
            run.Pfocr.Select(DiagnosticAssert.Describe));
        Assert.Single(List(Get(run.Load().Call("Figures", "ById", "PMC1__F1")!, "Chemicals")));
    }

    [Fact]
    public void Same_name_twice_in_one_file_keeps_the_first_line()
    {
        var run = GeneratorHarness.Run([(Mouse, "PMC1__F1\tfirst\t21897\nPMC1__F1\tsecond\t16193\n")]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR004", DiagnosticSeverity.Error, Mouse, 2, 1);
        var additional = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal((Mouse, 0), (additional.Path, additional.StartLinePosition.Line));
        var figure = run.Load().Call("Figures", "ById", "PMC1__F1")!;
        Assert.Equal("first", Get(figure, "Title"));
        Assert.Equal([21897], List(Get(figure, "Genes")).Select(g => (int)Get(g, "EntrezId")!));
    }

    [Fact]
    public void Same_name_in_two_files_of_one_species_and_kind_is_won_by_the_ordinally_first_path()
    {
        // 'B' < 'a' ordinally; the later file is given first.
        var run = GeneratorHarness.Run([
            ("a/pfocr-20250701-gmt-Mus_musculus.gmt", "PMC1__F1\tlater\t16193\n"),
            ("B/pfocr-20250701-gmt-Mus_musculus.gmt", "PMC1__F1\tfirst\t21897\n"),
        ]);

        DiagnosticAssert.Single(run, "PFOCR004", DiagnosticSeverity.Error, "a/pfocr-20250701-gmt-Mus_musculus.gmt", 1, 1);
        var figure = run.Load().Call("Figures", "ById", "PMC1__F1")!;
        Assert.Equal(("first", 1), ((string)Get(figure, "Title")!, List(Get(figure, "Genes")).Count()));
    }

    [Fact]
    public void A_gmt_figures_member_is_documented_from_its_line()
    {
        // A GMT line's doc is written with its member, not when the line is encoded.
        var run = GeneratorHarness.Run([(Mouse, "PMC1__F1\tToll-like receptor signaling\t21897\n")]);

        Assert.Empty(run.CompilerProblems);
        var shard = run.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).Single(s => s.Contains(" PMC1__F1 =>"));
        var summary = shard.IndexOf("/// <summary>Toll-like receptor signaling</summary>", StringComparison.Ordinal);
        var figure = shard.IndexOf("/// <para>Figure <c>PMC1__F1</c>.</para>", StringComparison.Ordinal);
        Assert.InRange(summary, 0, figure);
        Assert.InRange(figure, summary, shard.IndexOf(" PMC1__F1 =>", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_comes_from_the_ordinally_first_file_that_has_one()
    {
        var run = GeneratorHarness.Run([
            (Zebrafish, "PMC1__F1\tThe zebrafish title\t30590\n"),
            (Mouse, "PMC1__F1\tThe mouse title\t21897\nPMC2__F1\t\t21897\n"),
            ("release/pfocr-20250701-gmt-Homo_sapiens.gmt", "PMC2__F1\tThe human title\t6775\n"),
        ]);

        Assert.Empty(run.Pfocr);
        var api = run.Load();

        // "…Danio_rerio" < "…Homo_sapiens" < "…Mus_musculus"; PMC2__F1 has no title in the mouse file.
        Assert.Equal("The zebrafish title", Get(api.Call("Figures", "ById", "PMC1__F1")!, "Title"));
        Assert.Equal("The human title", Get(api.Call("Figures", "ById", "PMC2__F1")!, "Title"));
    }

    [Fact]
    public void Genes_of_a_file_without_species_have_no_organism()
    {
        var api = GeneratorHarness.Run([("sets/release.gmt", "PMC1__F1\tT\t6775\n")]).Load();

        var gene = api.Call("Genes", "ByEntrez", 6775)!;
        Assert.Equal(("", (int?)null), ((string)Get(gene, "Organism")!, (int?)Get(gene, "TaxonomyId")));
    }

    [Fact]
    public void Genes_of_another_species_have_its_name_and_no_taxonomy_id()
    {
        var api = GeneratorHarness.Run([("sets/pfocr-20250701-gmt-Rattus_norvegicus.gmt", "PMC1__F1\tT\t24498\n")]).Load();

        var gene = api.Call("Genes", "ByEntrez", 24498)!;
        Assert.Equal(("Rattus norvegicus", (int?)null), ((string)Get(gene, "Organism")!, (int?)Get(gene, "TaxonomyId")));
    }

    [Fact]
    public void Same_content_gives_the_same_hash_in_any_file_order_and_another_when_a_line_changes_species()
    {
        (string, string) mouse = (Mouse, "PMC1__F1\tT\t21897\n");
        (string, string) zebrafish = (Zebrafish, "PMC1__F1\tT\t30590\n");

        var hash = ContentHash([mouse, zebrafish]);

        Assert.Equal(hash, ContentHash([zebrafish, mouse]));
        Assert.NotEqual(hash, ContentHash([mouse, (Zebrafish.Replace("Danio_rerio", "Homo_sapiens"), "PMC1__F1\tT\t30590\n")]));
    }

    private static string ContentHash(IEnumerable<(string Path, string Text)> files)
    {
        var source = GeneratorHarness.Run(files).GeneratedSource("PfocrGen.Dataset.g.cs");
        var start = source.IndexOf("ContentHash = \"", StringComparison.Ordinal) + "ContentHash = \"".Length;
        return source.Substring(start, 64);
    }
}
