using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Release;

/// <summary>
/// The real mouse GMT of PFOCR release 20250701 (../shared/pfocr-release) with an NCBI-format gene_info file for
/// its genes. No real gene_info file is in ../shared, so the test writes one: NCBI's columns, one row per gene id
/// of the GMT (Tlr1 under its real id 21897), plus rows for genes no figure mentions.
/// </summary>
public sealed class GeneInfoOnRealGmtTests
{
    private const string MouseGmt = "pfocr-20250701-gmt-Mus_musculus.gmt";

    [ReleaseFact]
    public void Every_gene_of_the_real_mouse_GMT_gets_its_gene_info_symbol_organism_and_names_and_nothing_more()
    {
        var gmt = File.ReadAllText(Path.Combine(Environment.GetEnvironmentVariable(TestData.ReleaseVariable)!, MouseGmt));

        // The independent reading: split lines and tabs, columns 3… are NCBI gene ids.
        var ids = gmt.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => line.TrimEnd('\r').Split('\t').Skip(2))
            .Where(cell => cell.Length > 0)
            .Select(int.Parse)
            .ToHashSet();
        Assert.Contains(21897, ids);
        var unmentioned = Enumerable.Range(1, 500).Select(i => 900_000_000 + i).ToList();
        var rows = ids.Order().Select(id => GeneInfoText.Row(10090, id, Symbol(id), $"syn{id}|Alt{id}", $"description of {id}"))
            .Concat(unmentioned.Select(id => GeneInfoText.Row(10090, id, Symbol(id))));

        // 11,690 genes with a symbol are above PfocrGenGeneMembers=auto's limit; 'true' keeps the members to check Tlr1's.
        var run = GeneratorHarness.Run(
            [("release/" + MouseGmt, gmt), ("ncbi/Mus_musculus.gene_info", GeneInfoText.File(rows.ToArray()))],
            properties: new Dictionary<string, string> { ["PfocrGenGeneMembers"] = "true" });

        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        var genes = LoadedAssembly.List(api.Static("Genes", "All")).ToList();
        Assert.Equal(ids.Order(), genes.Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order());
        foreach (var gene in genes)
        {
            var id = (int)LoadedAssembly.Get(gene, "EntrezId")!;
            Assert.Equal(Symbol(id), LoadedAssembly.Get(gene, "Symbol"));
            Assert.Equal("Mus musculus", LoadedAssembly.Get(gene, "Organism"));
            Assert.Equal(10090, LoadedAssembly.Get(gene, "TaxonomyId"));
            Assert.Equal($"description of {id}", LoadedAssembly.Get(gene, "FullName"));
            Assert.Equal([$"syn{id}", $"Alt{id}"], LoadedAssembly.List(LoadedAssembly.Get(gene, "Synonyms")));
        }

        var tlr1 = api.Static("Genes", "Tlr1")!;
        Assert.Equal(21897, LoadedAssembly.Get(tlr1, "EntrezId"));
        Assert.Same(tlr1, Assert.Single(LoadedAssembly.List(api.Call("Genes", "BySymbol", "Tlr1"))));
        Assert.Null(api.Call("Genes", "ByEntrez", unmentioned[0]));
    }

    // Tlr1 as NCBI names it; the other genes get a stand-in symbol (the test knows no real names for them).
    private static string Symbol(int id) => id == 21897 ? "Tlr1" : "Gene" + id;
}
