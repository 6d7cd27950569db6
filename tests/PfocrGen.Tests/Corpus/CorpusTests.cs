using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Corpus;

/// <summary>
/// The whole shared real-data corpus (v1, v2 and v3 records with their tables) through the generator. Each
/// upstream snapshot is its own project, because the same figure appears in several snapshots.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Snapshots() =>
        ["new-format", "old-format/00069392", "old-format/c00a8fc9", "old-format/ec1a6e7d", "old-format/fa77e5f5", "variants/e12e5d6d"];

    [CorpusTheory]
    [MemberData(nameof(Snapshots))]
    public void Every_record_generates_with_exactly_the_genes_of_its_record_and_an_exact_reverse_index(string snapshot)
    {
        var files = Files(snapshot);
        Assert.Contains(files, f => f.Path.EndsWith(".md", StringComparison.Ordinal));
        var run = GeneratorHarness.Run(files);

        Assert.DoesNotContain(run.Pfocr, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilerProblems);

        var api = run.Load();
        var expected = CorpusOracle.ExpectedGenes(files);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), LoadedAssembly.List(api.Static("Figures", "All")).Select(f => f.ToString()));

        foreach (var (figid, entrezIds) in expected)
        {
            var figure = api.Call("Figures", "ById", figid) ?? throw new Xunit.Sdk.XunitException($"{figid} was not generated");
            Assert.Equal(entrezIds, LoadedAssembly.List(LoadedAssembly.Get(figure, "Genes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!));
        }

        var allGenes = LoadedAssembly.List(api.Static("Genes", "All")).ToList();
        Assert.Equal(expected.Values.SelectMany(ids => ids).Distinct().Order(), allGenes.Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).Order());
        foreach (var gene in allGenes)
        {
            var entrez = (int)LoadedAssembly.Get(gene, "EntrezId")!;
            Assert.Same(gene, api.Call("Genes", "ByEntrez", entrez));
            var mentionedIn = expected.Where(e => e.Value.Contains(entrez)).Select(e => e.Key).Order(StringComparer.Ordinal);
            Assert.Equal(mentionedIn, LoadedAssembly.List(LoadedAssembly.Get(gene, "Figures")).Select(f => f.ToString()));
        }
    }

    /// <summary>A snapshot's records plus, for v3, the current tables (as a project would hold them).</summary>
    internal static List<(string Path, string Text)> Files(string snapshot)
    {
        var corpus = TestData.CorpusDirectory!;
        var folders = new List<string> { Path.Combine(corpus, snapshot) };
        if (snapshot == "variants/e12e5d6d")
        {
            folders.Add(Path.Combine(corpus, "new-format", "_data"));
        }

        return folders
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(corpus, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
    }
}
