using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests;

/// <summary>The contract of issue #2 for the record the project was founded on.</summary>
public sealed class SeedApiTests
{
    private const string Consumer = """
        using System.Collections.Generic;

        namespace Pfocr;

        internal static class Use
        {
            public static IReadOnlyList<Gene> PaperGenes => Figures.PMC2869233.Genes;
            public static IReadOnlyList<Figure> PaperFigures => Figures.PMC2869233.Figures;
            public static Figure Typed => Figures.PMC2869233__ijms_11_00789f3;
            public static IReadOnlyList<Figure> Stat4Figures => Genes.STAT4.Figures;
            public static Figure? Missing => Figures.ById("PMC0__nothing");
            public static Gene? ByEntrez => Genes.ByEntrez(6775);
            public static IReadOnlyList<Gene> BySymbol => Genes.BySymbol("STAT4");
        }
        """;

    [Fact]
    public void Seed_generates_code_that_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run([TestData.Seed], Consumer);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
    }

    /// <summary>
    /// Compiles <paramref name="expression"/> against the API generated from the seed, so every member it names is
    /// checked by the compiler as a user's code would be, and returns its value (one reflection call, to run it).
    /// </summary>
    private static T Evaluate<T>(string expression)
    {
        var run = GeneratorHarness.Run([TestData.Seed], $$"""
            using System.Linq;

            namespace Pfocr;

            internal static class Probe
            {
                public static object Value => {{expression}};
            }
            """);
        Assert.Empty(run.CompilerProblems);
        return (T)run.Load().Static("Probe", "Value")!;
    }

    [Fact]
    public void Seed_paper_has_exactly_the_five_genes_in_first_appearance_order()
    {
        var genes = Evaluate<string>("""string.Join(" ", Figures.PMC2869233.Genes.Select(gene => $"{gene.Symbol}:{gene.EntrezId}"))""");

        Assert.Equal("IL12A:3592 IL12B:3593 STAT4:6775 CACNA1E:777 TBX21:30009", genes);
    }

    [Fact]
    public void Seed_figure_exposes_its_metadata()
    {
        // The tuple's element types are the API's property types: a changed type fails to compile, not to compare.
        var (id, pmcid, title, number, year, organisms, link, chemicals, nobeCount) =
            Evaluate<(string, string, string, string, int?, string, System.Uri, int, int)>("""
                (Figures.PMC2869233__ijms_11_00789f3.Id,
                 Figures.PMC2869233__ijms_11_00789f3.Pmcid,
                 Figures.PMC2869233__ijms_11_00789f3.Title,
                 Figures.PMC2869233__ijms_11_00789f3.Number,
                 Figures.PMC2869233__ijms_11_00789f3.Year,
                 string.Join("|", Figures.PMC2869233__ijms_11_00789f3.Organisms),
                 Figures.PMC2869233__ijms_11_00789f3.Link,
                 Figures.PMC2869233__ijms_11_00789f3.Chemicals.Count,
                 Figures.PMC2869233__ijms_11_00789f3.NobeCount)
                """);
        var caption = Evaluate<string>("Figures.PMC2869233__ijms_11_00789f3.Caption");

        Assert.Equal("PMC2869233__ijms-11-00789f3", id);
        Assert.Equal("PMC2869233", pmcid);
        Assert.Equal("IL-12 signaling pathway", title);
        Assert.Equal("Figure 3", number);
        Assert.Equal(2010, year);
        Assert.Equal("Homo sapiens", organisms);
        Assert.Equal(new Uri("https://pmc.ncbi.nlm.nih.gov/articles/PMC2869233/figure/f3-ijms-11-00789/"), link);
        Assert.StartsWith("IL-12 signaling pathway. IL-12 activates the Jak/STAT pathway. Following binding of IL-12p40", caption);
        Assert.EndsWith("which also secrete IL-12. Modified from Ref. [].", caption);
        Assert.Equal(0, chemicals);

        // Four OCR words (IL-12, STAT4, B2, T-bet) give the five genes: IL-12 fans out to IL12A and IL12B.
        Assert.Equal(4, nobeCount);
    }

    [Fact]
    public void Seed_gene_mentions_keep_the_ocr_word_and_match_source()
    {
        var api = GeneratorHarness.Run([TestData.Seed], Consumer).Load();
        var mentions = LoadedAssembly.List(LoadedAssembly.Get(api.Static("Use", "Typed")!, "GeneMentions"))
            .Select(m => ((string)LoadedAssembly.Get(m, "Word")!, (string)LoadedAssembly.Get(m, "Source")!, LoadedAssembly.Get(m, "Kind")!.ToString()))
            .ToList();

        Assert.Equal(
            [
                ("IL-12", "bioentities_symbol", "Family"),
                ("IL-12", "bioentities_symbol", "Family"),
                ("STAT4", "hgnc_symbol", "Symbol"),
                ("B2", "hgnc_alias_symbol", "Synonym"),
                ("T-bet", "hgnc_alias_symbol", "Synonym"),
            ],
            mentions);
    }

    [Fact]
    public void Lookups_find_what_exists_and_return_null_or_empty_otherwise()
    {
        var api = GeneratorHarness.Run([TestData.Seed], Consumer).Load();

        Assert.Null(api.Type("Use").GetProperty("Missing")!.GetValue(null));
        Assert.Equal("STAT4", LoadedAssembly.Get(api.Static("Use", "ByEntrez")!, "Symbol"));
        Assert.Single(LoadedAssembly.List(api.Static("Use", "BySymbol")));
        Assert.Null(api.Call("Genes", "ByEntrez", 1));
        Assert.Empty(LoadedAssembly.List(api.Call("Genes", "BySymbol", "stat4")));
        Assert.Equal(["PMC2869233__ijms-11-00789f3"], LoadedAssembly.List(api.Static("Use", "Stat4Figures")).Select(f => f.ToString()));
    }
}
