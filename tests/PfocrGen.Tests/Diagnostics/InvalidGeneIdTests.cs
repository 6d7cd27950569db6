using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR006: a gene id that is not a positive integer skips that one mention; the other mentions are kept.</summary>
public sealed class InvalidGeneIdTests
{
    [Fact]
    public void Bad_entrez_in_front_matter_is_reported_on_the_value_and_only_that_gene_skipped()
    {
        var run = GeneratorHarness.Run([Records.File(
            "PMC1__x",
            "genes:",
            "- word: STAT4",
            "  hgnc_symbol: STAT4",
            "  entrez: '6775'",
            "- word: T-bet",
            "  hgnc_symbol: TBX21",
            "  entrez: 'x30009'")]);

        DiagnosticAssert.Single(run, "PFOCR006", DiagnosticSeverity.Warning, "records/PMC1__x.md", 10, 11);
        Assert.Equal([6775], GeneIds(run));
    }

    [Fact]
    public void Bad_ncbigene_id_cell_is_reported_on_the_cell()
    {
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__x"),
            Records.GenesTable("PMC1__x", Records.GeneRow("STAT4", "STAT4", "6775"), Records.GeneRow("T-bet", "TBX21", "-30009")),
        ]);

        // Row 3 of the table; ncbigene_id is the 7th cell, after the 45 characters "9606\tHomo sapiens\tPrimates\tT-bet\tT-bet\tTBX21\t".
        DiagnosticAssert.Single(run, "PFOCR006", DiagnosticSeverity.Warning, "records/PMC1__x-genes.tsv", 3, 46);
        Assert.Equal([6775], GeneIds(run));
    }

    private static IEnumerable<int> GeneIds(GeneratorRun run) =>
        LoadedAssembly.List(LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "Genes"))
            .Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!);
}
