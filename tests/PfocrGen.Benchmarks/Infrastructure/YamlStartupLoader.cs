using PfocrGen.SyntheticCorpus;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>
/// The alternative a user would write without PfocrGen: at startup, deserialise every record's front matter with
/// YamlDotNet and read every genes table into dictionaries. Inputs come from memory, which favours this side.
/// </summary>
internal sealed class YamlStartupLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(LowerCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public Dictionary<string, FigureRow> FiguresById { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, GeneRow> GenesByEntrez { get; } = new();

    public Dictionary<string, List<GeneRow>> GenesBySymbol { get; } = new(StringComparer.Ordinal);

    public static YamlStartupLoader Load(IReadOnlyList<CorpusFile> files)
    {
        var loader = new YamlStartupLoader();
        foreach (var file in files)
        {
            if (file.IsRecord)
            {
                var figure = Deserializer.Deserialize<FigureRow>(SyntheticCorpus.SyntheticCorpus.FrontMatter(file.Text));
                loader.FiguresById[figure.Figid] = figure;
            }
            else if (file.Path.EndsWith("-genes.tsv", StringComparison.Ordinal))
            {
                loader.ReadGenes(file.Text);
            }
        }

        return loader;
    }

    private void ReadGenes(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        var symbolColumn = Array.IndexOf(header, "ncbigene_symbol");
        var idColumn = Array.IndexOf(header, "ncbigene_id");
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            var id = int.Parse(cells[idColumn], System.Globalization.CultureInfo.InvariantCulture);
            if (GenesByEntrez.ContainsKey(id))
            {
                continue;
            }

            var gene = new GeneRow(cells[symbolColumn], id);
            GenesByEntrez.Add(id, gene);
            if (!GenesBySymbol.TryGetValue(gene.Symbol, out var list))
            {
                GenesBySymbol.Add(gene.Symbol, list = new List<GeneRow>(1));
            }

            list.Add(gene);
        }
    }

    public sealed class FigureRow
    {
        public string Figid { get; set; } = string.Empty;
        public string Figtitle { get; set; } = string.Empty;
        public string Caption { get; set; } = string.Empty;
        public string Pmcid { get; set; } = string.Empty;
        public string Number { get; set; } = string.Empty;
        public string Year { get; set; } = string.Empty;
        public List<string> Organisms { get; set; } = new();
    }

    public sealed record GeneRow(string Symbol, int EntrezId);
}
