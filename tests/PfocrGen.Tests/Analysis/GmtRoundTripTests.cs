using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// <c>Figures.WriteGmt</c> output, given back to the generator as a <c>.gmt</c> AdditionalFile, regenerates the
/// same figure gene sets: the GMT layout is a faithful interchange format in both directions.
/// </summary>
public sealed class GmtRoundTripTests
{
    [Fact]
    public void Sample_gene_sets_survive_a_round_trip_through_gmt()
    {
        AssertRoundTrip(TestData.SampleFiles);
    }

    [CorpusFact]
    public void Corpus_gene_sets_survive_a_round_trip_through_gmt()
    {
        AssertRoundTrip(TestData.CorpusFiles("new-format"));
    }

    [Fact]
    public void Genes_known_only_from_a_gmt_file_are_found_by_id_without_a_typed_member()
    {
        var run = GeneratorHarness.Run([("sets/x.gmt", "PMC5__g1\tA set\t6775\t3458\n")]);

        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        var api = run.Load();
        Assert.NotNull(api.Call("Genes", "ByEntrez", 3458));
        Assert.Equal(["PMC5"], LoadedAssembly.List(api.Static("Papers", "All")).Select(p => p.ToString()));
        Assert.DoesNotContain(api.Type("Genes").GetProperties(BindingFlags.Public | BindingFlags.Static), p => p.PropertyType.Name == "Gene");
    }

    private static void AssertRoundTrip(IReadOnlyList<(string Path, string Text)> files)
    {
        var original = GeneratorHarness.Run(files).Load();
        var gmt = WriteGmt(original);
        Assert.NotEmpty(gmt);

        var reread = GeneratorHarness.Run([("sets/roundtrip.gmt", gmt)]);
        Assert.Empty(reread.Pfocr);
        var copy = reread.Load();

        var expected = GeneSets(original).Where(s => s.Value.Count > 0).ToDictionary();
        Assert.Equal(expected, GeneSets(copy));
        Assert.Equal(gmt, WriteGmt(copy));
    }


    private static string WriteGmt(LoadedAssembly api)
    {
        using var writer = new StringWriter();
        api.Call("Figures", "WriteGmt", writer);
        return writer.ToString();
    }

    private static Dictionary<string, List<int>> GeneSets(LoadedAssembly api) =>
        LoadedAssembly.List(api.Static("Figures", "All")).ToDictionary(
            f => f.ToString()!,
            f => LoadedAssembly.List(LoadedAssembly.Get(f, "Genes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).ToList());
}
