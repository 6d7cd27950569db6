using Microsoft.CodeAnalysis;
using PfocrGen.Model;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.IdChecking.IdCheckHarness;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR028: with <c>PfocrGenGeneMembers=auto</c> (the default), a dataset of more than
/// <see cref="TypedMemberPolicy.AutoGeneLimit"/> genes with a symbol gets no member per gene, since a completion
/// list of tens of thousands of members drowns the editor, and the user is told why they are missing and how to
/// keep them. Every gene stays reachable by symbol and id, and PFOCR023 does not offer members that do not exist.
/// </summary>
public sealed class GeneMembersLeftOutTests
{
    private const int StatFour = 6775;

    [Fact]
    public void Above_the_limit_auto_leaves_out_gene_members_with_an_info_diagnostic_and_keeps_every_lookup()
    {
        var run = GeneratorHarness.Run(Release(TypedMemberPolicy.AutoGeneLimit + 1));

        var diagnostic = Assert.Single(run.Pfocr);
        Assert.Equal(("PFOCR028", DiagnosticSeverity.Info, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.Contains("5,001 genes have a symbol, more than the 5,000", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Compilation.GetTypeByMetadataName("Pfocr.Genes")!.GetMembers("STAT4"));
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("PfocrGen.Genes", StringComparison.Ordinal));

        var api = run.Load();
        Assert.Equal(TypedMemberPolicy.AutoGeneLimit + 1, LoadedAssembly.List(api.Static("Genes", "All")).Count());
        Assert.Equal("STAT4", LoadedAssembly.Get(api.Call("Genes", "ByEntrez", StatFour)!, "Symbol"));
        Assert.Single(LoadedAssembly.List(api.Call("Genes", "BySymbol", "STAT4")));
    }

    [Fact]
    public void Above_the_limit_a_constant_gene_id_is_checked_but_no_member_is_offered()
    {
        var consumer = Consumer($"var genes = (Genes.ByEntrez({StatFour}), Genes.BySymbol(\"STAT4X\"));");

        var diagnostics = Analyze(Release(TypedMemberPolicy.AutoGeneLimit + 1), consumer);

        Assert.DoesNotContain(diagnostics, d => d.Id == "PFOCR023");
        Assert.Equal("\"STAT4X\"", LocatedText(Assert.Single(diagnostics, d => d.Id == "PFOCR022")));
    }

    [Fact]
    public void At_the_limit_every_gene_keeps_its_member_and_the_fix_is_offered()
    {
        var consumer = Consumer($"var gene = Genes.ByEntrez({StatFour});");

        var diagnostics = Analyze(Release(TypedMemberPolicy.AutoGeneLimit), consumer);

        Assert.Equal("PFOCR023", Assert.Single(diagnostics).Id);
        var run = GeneratorHarness.Run(Release(TypedMemberPolicy.AutoGeneLimit));
        Assert.Empty(run.Pfocr);
        Assert.NotEmpty(run.Compilation.GetTypeByMetadataName("Pfocr.Genes")!.GetMembers("STAT4"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void An_explicit_setting_is_kept_at_any_size_without_a_diagnostic(string setting, bool members)
    {
        var run = GeneratorHarness.Run(Release(TypedMemberPolicy.AutoGeneLimit + 1), properties: new Dictionary<string, string> { ["PfocrGenGeneMembers"] = setting });

        Assert.Empty(run.Pfocr);
        Assert.Equal(members, run.Compilation.GetTypeByMetadataName("Pfocr.Genes")!.GetMembers("STAT4").Any());
    }

    [Theory]
    [InlineData("Auto", 5_000, true)]
    [InlineData("Auto", 5_001, false)]
    [InlineData("All", 500_000, true)]
    [InlineData("None", 1, false)]
    public void The_policy_decides_by_mode_and_the_number_of_genes_with_a_symbol(string setting, int symbols, bool members)
    {
        var mode = Enum.Parse<GeneMemberMode>(setting);
        Assert.Equal(members, TypedMemberPolicy.GeneMembers(mode, symbols));
        Assert.Equal(mode == GeneMemberMode.Auto && !members, TypedMemberPolicy.AutoLeftOutGenes(mode, symbols));
    }

    [Fact]
    public void Genes_without_a_symbol_do_not_count_toward_the_limit()
    {
        // GMT lines carry gene ids only: without gene_info no gene has a symbol, so nothing is left out or reported.
        var gmt = "PMC1__f1\tBig set\t" + string.Join("\t", Enumerable.Range(1, TypedMemberPolicy.AutoGeneLimit + 1)) + "\n";

        var run = GeneratorHarness.Run([("sets/ids-only.gmt", gmt)]);

        Assert.Empty(run.Pfocr);
    }

    /// <summary>
    /// A human GMT whose one figure mentions <paramref name="genes"/> genes, STAT4 (6775) among them, and a gene_info
    /// row with a symbol for each (SYM1, SYM2, … and STAT4).
    /// </summary>
    private static (string Path, string Text)[] Release(int genes)
    {
        var ids = Enumerable.Range(1, genes - 1).Select(i => 100_000 + i).Append(StatFour).ToList();
        var gmt = "PMC1__f1\tBig set\t" + string.Join("\t", ids) + "\n";
        var rows = ids.Select(id => GeneInfoText.Row(9606, id, id == StatFour ? "STAT4" : $"SYM{id}")).ToArray();
        return [("sets/pfocr-20250701-gmt-Homo_sapiens.gmt", gmt), ("ncbi/Homo_sapiens.gene_info", GeneInfoText.File(rows))];
    }
}
