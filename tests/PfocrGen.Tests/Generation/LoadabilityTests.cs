using System.Reflection;
using PfocrGen.Building;
using PfocrGen.Naming;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// Issue 10, item 6: a project that builds must run. The CLR refuses to load a type with more than 65,535 methods
/// (each typed member is a getter), so members are spread over a chain of base classes; at release size and
/// beyond every generated type loads, and the members still bind as <c>Figures.X</c> and <c>Genes.X</c>.
/// </summary>
public sealed class LoadabilityTests
{
    private const int Papers = 100_000;
    private const int SecondFigures = 20_000; // papers with two figures: 120,000 figures in all
    private const int GeneCount = 70_000;

    [Fact]
    public void A_hundred_thousand_papers_with_many_genes_build_load_and_bind_in_every_generated_type()
    {
        // The fast path: one GMT line per figure (the smallest record) and a gene_info naming every gene, so the
        // genes get members too. 100,000 papers + 120,000 figures and 70,000 genes: far over one class each.
        var gmt = new System.Text.StringBuilder(Papers * 40);
        for (var p = 1; p <= Papers; p++)
        {
            gmt.Append("PMC").Append(p).Append("__f1\tSet ").Append(p).Append('\t').Append(1 + (p % GeneCount)).Append('\n');
            if (p <= SecondFigures)
            {
                gmt.Append("PMC").Append(p).Append("__f2\tSet ").Append(p).Append('b').Append('\t').Append(1 + ((p + Papers) % GeneCount)).Append('\n');
            }
        }

        var geneInfo = new System.Text.StringBuilder(GeneInfoText.Header.Length + (GeneCount * 24)).Append(GeneInfoText.Header).Append('\n');
        for (var g = 1; g <= GeneCount; g++)
        {
            geneInfo.Append("10090\t").Append(g).Append("\tG").Append(g).Append("\t-\t-\t-\t1\t-\t-\tprotein-coding\t-\t-\t-\t-\t20250701\t-\n");
        }

        // PfocrGenFigureMembers=true and PfocrGenGeneMembers=true: every paper, figure and gene gets its member at
        // any size (the default, auto, would leave them out above 5,000 figures and 5,000 genes), so this is the
        // most members a project can ask for.
        var run = GeneratorHarness.Run(
            [("release/big.gmt", gmt.ToString()), ("ncbi/Mus_musculus.gene_info", geneInfo.ToString())],
            "namespace App { static class Use { static object[] Touch() => new object[] { Pfocr.Figures.PMC99999, Pfocr.Figures.PMC20000__f2, Pfocr.Genes.G69999, Pfocr.Figures.ById(\"PMC1__f1\")! }; } }",
            properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "true", ["PfocrGenGeneMembers"] = "true" });

        Assert.Empty(run.Pfocr);

        // Load emits the compilation and fails on any error (the consumer's bindings included); warnings of the
        // generated code are checked by the small-input tests, which cost a fraction of a full analysis here.
        var api = run.Load();

        // Loading every type is where the CLR would throw TypeLoadException; no type may come near the limit.
        var types = api.Assembly.GetTypes();
        Assert.All(types, t => Assert.True(
            t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length <= 65_535, t.Name));
        var figureTypes = Chain(api.Type("Figures"));
        var geneTypes = Chain(api.Type("Genes"));
        Assert.Equal(4, figureTypes.Count); // 220,000 members at most 60,000 a class
        Assert.Equal(2, geneTypes.Count);

        // Touch a member declared in every class of both chains, through the class the user writes.
        foreach (var (root, chain) in new[] { ("Figures", figureTypes), ("Genes", geneTypes) })
        {
            foreach (var type in chain)
            {
                var declared = type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(p => p.Name.StartsWith("PMC", StringComparison.Ordinal) || p.Name.StartsWith('G')).ToList();
                Assert.InRange(declared.Count, 1, BaseClassChain.MaxMembersPerType);
                var member = declared[declared.Count / 2];
                Assert.NotNull(api.Static(root, member.Name));
            }
        }

        Assert.Equal(Papers + SecondFigures, LoadedAssembly.List(api.Static("Figures", "All")).Count());
        Assert.Equal("PMC77777", LoadedAssembly.Get(api.Static("Figures", "PMC77777")!, "Pmcid"));
        Assert.Equal("PMC20000__f2", api.Static("Figures", "PMC20000__f2")!.ToString());
        Assert.Equal(12345, LoadedAssembly.Get(api.Static("Genes", "G12345")!, "EntrezId"));
    }

    [Fact]
    public void Member_files_fill_one_class_before_the_next_and_never_split()
    {
        Assert.Equal([0, 0, 1, 1, 2], BaseClassChain.Assign([40, 50, 60, 40, 95], maxPerType: 100));
        Assert.Equal(3, BaseClassChain.Length(BaseClassChain.Assign([40, 50, 60, 40, 95], maxPerType: 100)));
        Assert.Equal([0], BaseClassChain.Assign([250], maxPerType: 100));
        Assert.Equal(1, BaseClassChain.Length([]));
        Assert.Equal(("Figures", "FiguresBase2"), (BaseClassChain.TypeName("Figures", 0), BaseClassChain.TypeName("Figures", 2)));
    }

    [Fact]
    public void A_small_project_keeps_one_class_with_no_base()
    {
        var run = GeneratorHarness.Run([("sets/small.gmt", "PMC1__f1\tSet\t6775\n")]);

        Assert.Empty(run.Pfocr);
        var figures = run.Load().Type("Figures");
        Assert.Equal(typeof(object), figures.BaseType);
        Assert.True(figures.IsSealed);
        Assert.Empty(figures.GetConstructors());
    }

    private static List<Type> Chain(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Add(t);
        }

        return chain;
    }
}
