using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Infrastructure.LoadedAssembly;

namespace PfocrGen.Tests.Release;

/// <summary>
/// The real release files of <c>$PFOCR_RELEASE</c> (mouse and worm gene GMTs, the worm chemical GMT) together with
/// the current-layout records of <c>$PFOCR_CORPUS</c>, built and loaded once, and checked against an independent
/// reading of the GMT files (plain string splitting; no PfocrGen code).
/// </summary>
public sealed class RealReleaseTests : IClassFixture<RealReleaseTests.Build>
{
    private readonly Build _build;

    public RealReleaseTests(Build build) => _build = build;

    [ReleaseFact]
    public void Builds_with_no_errors_and_no_warnings_on_the_release_files()
    {
        var run = _build.Run.Value;

        Assert.DoesNotContain(run.Pfocr, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Pfocr, d => d.Severity >= DiagnosticSeverity.Warning && d.Location.GetLineSpan().Path.EndsWith(".gmt", StringComparison.Ordinal));
        Assert.Empty(run.CompilerProblems);
    }

    [ReleaseFact]
    public void Every_figure_gene_organism_triple_of_the_gene_files_is_in_the_api()
    {
        var expected = _build.Expected.Value;
        var api = _build.Api.Value;
        var missing = new List<string>();
        foreach (var (name, genes) in expected.Genes)
        {
            var figure = api.Call("Figures", "ById", name);
            if (figure is null)
            {
                missing.Add(name + ": no figure");
                continue;
            }

            var actual = GenesOf(figure);
            missing.AddRange(genes.Where(g => !actual.Contains(g)).Select(g => $"{name}: {g.EntrezId} ({g.Organism})"));

            // A figure known from GMT files alone has exactly the genes they list.
            if ((string)Get(figure, "Id")! == name && !expected.RecordAliases.Contains(name))
            {
                missing.AddRange(actual.Where(g => !genes.Contains(g)).Select(g => $"{name}: unexpected {g.EntrezId} ({g.Organism})"));
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} missing, e.g. " + string.Join("; ", missing.Take(10)));
        Assert.True(expected.Genes.Sum(p => p.Value.Count) > 170_000, "the release's gene files were read");
    }

    [ReleaseFact]
    public void Every_figure_chemical_pair_of_the_chemical_file_is_in_the_api()
    {
        var expected = _build.Expected.Value;
        var api = _build.Api.Value;
        var missing = new List<string>();
        foreach (var (name, chemicals) in expected.Chemicals)
        {
            var figure = api.Call("Figures", "ById", name);
            if (figure is null)
            {
                missing.Add(name + ": no figure");
                continue;
            }

            var actual = List(Get(figure, "Chemicals")).Select(c => (string)Get(c, "Id")!).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(chemicals.Where(c => !actual.Contains(c)).Select(c => $"{name}: {c}"));
            if (!expected.RecordAliases.Contains(name))
            {
                missing.AddRange(actual.Where(c => !chemicals.Contains(c)).Select(c => $"{name}: unexpected {c}"));
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} missing, e.g. " + string.Join("; ", missing.Take(10)));
        Assert.True(expected.Chemicals.Count > 9_000, "the chemical file was read");
    }

    [ReleaseFact]
    public void One_figure_per_name_and_per_record()
    {
        var expected = _build.Expected.Value;
        var names = expected.Genes.Keys.Concat(expected.Chemicals.Keys).ToHashSet(StringComparer.Ordinal);
        names.ExceptWith(expected.RecordAliases);
        names.UnionWith(expected.Records.Keys);

        Assert.Equal(names.Count, List(_build.Api.Value.Static("Figures", "All")).Count());
    }

    [ReleaseFact]
    public void Figures_in_both_species_files_have_both_species_genes()
    {
        var expected = _build.Expected.Value;
        var api = _build.Api.Value;
        var both = expected.Genes
            .Where(p => p.Value.Any(g => g.Organism == "Mus musculus") && p.Value.Any(g => g.Organism == "Caenorhabditis elegans"))
            .Select(p => p.Key)
            .ToList();

        Assert.NotEmpty(both);
        foreach (var name in both)
        {
            var figure = api.Call("Figures", "ById", name)!;
            var organisms = GenesOf(figure).Select(g => g.Organism).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(["Mus musculus", "Caenorhabditis elegans"]), organisms);
            if (!expected.RecordAliases.Contains(name))
            {
                Assert.Equal(["Caenorhabditis elegans", "Mus musculus"], List(Get(figure, "Organisms")).Cast<string>());
            }
        }
    }

    [ReleaseFact]
    public void Records_in_the_mouse_file_are_one_figure_with_the_record_and_the_release_line()
    {
        var expected = _build.Expected.Value;
        var api = _build.Api.Value;
        var inMouse = expected.Records
            .Where(r => expected.Genes.TryGetValue(r.Value, out var genes) && genes.Any(g => g.Organism == "Mus musculus"))
            .ToList();

        Assert.Equal(6, inMouse.Count);
        foreach (var (figid, alias) in inMouse)
        {
            var figure = api.Call("Figures", "ById", alias)!;
            Assert.Equal(figid, Get(figure, "Id"));
            Assert.Same(figure, api.Call("Figures", "ById", figid));
            Assert.Equal([alias], List(Get(figure, "Aliases")).Cast<string>());

            // The record's table mentions (with their OCR words) come first; the release line's genes are all there.
            var words = List(Get(figure, "GeneMentions")).Select(m => (string)Get(m, "Word")!).ToList();
            Assert.Equal(words.OrderBy(w => w.Length == 0), words);
            Assert.Superset(expected.Genes[alias], GenesOf(figure));
        }
    }

    private static HashSet<(int EntrezId, string Organism)> GenesOf(object figure) =>
        List(Get(figure, "Genes")).Select(g => ((int)Get(g, "EntrezId")!, (string)Get(g, "Organism")!)).ToHashSet();

    /// <summary>The generator run over every release GMT and the current-layout corpus, compiled and loaded once.</summary>
    public sealed class Build
    {
        public Build()
        {
            Expected = new Lazy<ReleaseReading>(() => ReleaseReading.Read(TestData.ReleaseDirectory!, Path.Combine(TestData.CorpusDirectory!, "new-format")));
            Run = new Lazy<GeneratorRun>(() => GeneratorHarness.Run(
                Directory.GetFiles(TestData.ReleaseDirectory!, "*.gmt")
                    .Select(path => (path, File.ReadAllText(path)))
                    .Concat(TestData.CorpusFiles("new-format")),
                properties: new Dictionary<string, string> { ["PfocrGenFigureMembers"] = "false" }));
            Api = new Lazy<LoadedAssembly>(() => Run.Value.Load());
        }

        public Lazy<ReleaseReading> Expected { get; }

        internal Lazy<GeneratorRun> Run { get; }

        internal Lazy<LoadedAssembly> Api { get; }
    }
}
