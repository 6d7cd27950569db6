using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// Real gene symbols and figids that are not C# identifiers, are keywords, equal the API's own member names, or
/// collide after sanitizing must all become distinct, compilable members by the naming rule, and every record
/// stays reachable by its exact text.
/// </summary>
public sealed class IdentifierHazardTests
{
    private const int Fly = 7227;

    private static readonly string[] GeneRows =
    [
        Records.GeneRow("14-3-3e", "14-3-3epsilon", "36246", Fly, "Drosophila melanogaster"),
        Records.GeneRow("si:dkey", "si:dkey-222f8.3", "100000001", 7955, "Danio rerio"),
        Records.GeneRow("ref(2)P", "ref(2)P", "37536", Fly, "Drosophila melanogaster"),
        Records.GeneRow("ref-2-P", "ref-2-P", "999999", Fly, "Drosophila melanogaster"),
        Records.GeneRow("HLA-DR", "HLA-DRB1", "3123"),
        Records.GeneRow("for", "for", "11"),
        Records.GeneRow("class", "class", "12"),
        Records.GeneRow("All", "All", "13"),
        Records.GeneRow("ToString", "ToString", "14"),
        Records.GeneRow("NA", "NA", "44798", Fly, "Drosophila melanogaster"),
        Records.GeneRow("NA", "NA", "33281", Fly, "Drosophila melanogaster"),
    ];

    private static readonly string[] FigureIds =
    [
        "PMC10028837__nihpp-2023.03.03.530734v1-f0001",
        "PMC10033682__41598_2023_31924_Fig12_HTML",
        "PMC1__a-b",
        "PMC1__a.b",
        "ToString",
    ];

    // Compiles only if every member exists under the documented name.
    private const string Consumer = """
        namespace Pfocr;

        internal static class Use
        {
            public static Gene[] Named =>
            [
                Genes._14_3_3epsilon, Genes.si_dkey_222f8_3, Genes.ref_2_P_37536, Genes.ref_2_P_999999, Genes.HLA_DRB1,
                Genes.@for, Genes.@class, Genes.All_, Genes.ToString_, Genes.NA_33281, Genes.NA_44798,
            ];

            public static Figure Dotted => Figures.PMC10028837__nihpp_2023_03_03_530734v1_f0001;
            public static Figure LeadingDigits => Figures.PMC10033682__41598_2023_31924_Fig12_HTML;
        }
        """;

    [Fact]
    public void Hazardous_names_generate_code_that_compiles_without_warnings()
    {
        var run = Run();

        Assert.Empty(run.CompilerProblems);
        Assert.All(run.Pfocr, d => Assert.Equal("PFOCR010", d.Id));
    }

    [Fact]
    public void Each_named_gene_member_is_the_gene_it_is_named_after()
    {
        var api = Run().Load();

        var named = LoadedAssembly.List(api.Static("Use", "Named"))
            .Select(g => ((string)LoadedAssembly.Get(g, "Symbol")!, (int)LoadedAssembly.Get(g, "EntrezId")!));

        Assert.Equal(
            [
                ("14-3-3epsilon", 36246), ("si:dkey-222f8.3", 100000001), ("ref(2)P", 37536), ("ref-2-P", 999999), ("HLA-DRB1", 3123),
                ("for", 11), ("class", 12), ("All", 13), ("ToString", 14), ("NA", 33281), ("NA", 44798),
            ],
            named);
    }

    [Fact]
    public void Every_symbol_and_figid_is_found_by_its_exact_text()
    {
        var api = Run().Load();

        Assert.Equal([33281, 44798], LoadedAssembly.List(api.Call("Genes", "BySymbol", "NA")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order());
        foreach (var symbol in new[] { "14-3-3epsilon", "si:dkey-222f8.3", "ref(2)P", "ref-2-P", "HLA-DRB1", "for", "class", "All", "ToString" })
        {
            Assert.Equal(symbol, LoadedAssembly.Get(Assert.Single(LoadedAssembly.List(api.Call("Genes", "BySymbol", symbol))), "Symbol"));
        }

        foreach (var figid in FigureIds)
        {
            Assert.Equal(figid, LoadedAssembly.Get(api.Call("Figures", "ById", figid)!, "Id"));
        }

        Assert.Equal("PMC10028837__nihpp-2023.03.03.530734v1-f0001", api.Static("Use", "Dotted")!.ToString());
    }

    private static GeneratorRun Run()
    {
        var files = FigureIds.Select(id => (Records.PathOf(id), Records.Text(id))).ToList();
        files.Add(Records.GenesTable(FigureIds[0], GeneRows));
        return GeneratorHarness.Run(files, Consumer);
    }
}
