using PfocrGen.SyntheticCorpus;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// Past about a thousand figures the data is spread over several shard files, each with its own offset table;
/// every figure must still read back its own data, whichever shard and slot it landed in.
/// </summary>
public sealed class ShardingTests
{
    private const int Records = 2_100;

    [Fact]
    public void Every_figure_of_a_many_shard_dataset_reads_back_its_own_genes_and_entities()
    {
        var files = SyntheticCorpus.SyntheticCorpus.Generate(Records);
        var run = GeneratorHarness.Run(files.Select(f => (f.Path, f.Text)));
        Assert.True(run.Result.Results.Single().GeneratedSources.Count(s => s.HintName.StartsWith("PfocrGen.Shard", StringComparison.Ordinal)) >= 2);
        var api = run.Load();

        var checkedFigures = 0;
        foreach (var record in files.Where(f => f.IsRecord))
        {
            var figid = Path.GetFileNameWithoutExtension(record.Path);
            var figure = api.Call("Figures", "ById", figid) ?? throw new InvalidOperationException("no figure " + figid);
            Assert.Equal(figid, LoadedAssembly.Get(figure, "Id"));

            var genes = LoadedAssembly.List(LoadedAssembly.Get(figure, "Genes")).Select(g => (int)LoadedAssembly.Get(g, "EntrezId")!).ToHashSet();
            Assert.Equal(ExpectedGenes(files, figid), genes);
            Assert.Equal(HasEntityRows(files, figid + "-chemicals.tsv"), LoadedAssembly.List(LoadedAssembly.Get(figure, "Chemicals")).Any());
            Assert.Equal(HasEntityRows(files, figid + "-diseases.tsv"), LoadedAssembly.List(LoadedAssembly.Get(figure, "Diseases")).Any());
            checkedFigures++;
        }

        Assert.Equal(Records, checkedFigures);
        api.Unload();
    }

    // The genes table's ncbigene_id column, read here independently of the generator's parser.
    private static HashSet<int> ExpectedGenes(IReadOnlyList<CorpusFile> files, string figid)
    {
        var table = files.FirstOrDefault(f => Path.GetFileName(f.Path) == figid + "-genes.tsv");
        if (table is null)
        {
            return [];
        }

        var lines = table.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split('\t'), "ncbigene_id");
        return lines.Skip(1).Select(line => int.Parse(line.Split('\t')[column], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
    }

    // A chemicals or diseases row names an entity when it has a MeSH id or the other id ("NA" is PFOCR's gap).
    private static bool HasEntityRows(IReadOnlyList<CorpusFile> files, string fileName)
    {
        var table = files.FirstOrDefault(f => Path.GetFileName(f.Path) == fileName);
        return table is not null && table.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Any(line => line.Split('\t') is var cells && (IsId(cells[1]) || IsId(cells[4])));
    }

    private static bool IsId(string cell) => cell.Length > 0 && cell != "NA";
}
