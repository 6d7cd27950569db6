namespace PfocrGen.SyntheticCorpus;

/// <summary>
/// The organisms and their gene symbols. Symbols follow each organism's naming style, including the shapes that
/// stress member naming (<c>HLA-DRB1</c>, <c>si:dkey-222f8.3</c>, <c>ref(2)P</c>, <c>14-3-3epsilon</c>, fly <c>NA</c>,
/// mouse <c>1700001C19Rik</c>); pools are built by fixed rules, so every run yields the same genes.
/// </summary>
internal static class GenePools
{
    // Pathway-figure staples first: low pool indexes are drawn most often (see SyntheticCorpus.PickGene).
    private static readonly string[] HumanStaples =
    {
        "TP53", "EGFR", "TNF", "IL6", "AKT1", "MAPK1", "MAPK3", "NFKB1", "RELA", "JUN", "FOS", "MYC", "KRAS", "BRAF",
        "PIK3CA", "PTEN", "MTOR", "STAT3", "STAT4", "IL12A", "IL12B", "TBX21", "CACNA1E", "HLA-DRB1", "HLA-A", "HLA-B",
        "CDKN1A", "BCL2", "BAX", "CASP3", "CASP8", "TGFB1", "SMAD3", "CTNNB1", "NOTCH1", "WNT3A", "VEGFA", "HIF1A",
        "ESR1", "AR", "INS", "INSR", "IRS1", "GAPDH", "IL1B", "IFNG", "IL2", "IL4", "IL10", "CXCL8", "CCL2", "TLR4",
        "MYD88", "IRAK4", "TRAF6", "IKBKB", "CHUK", "NFKBIA", "MAP3K7", "MAP2K1", "RAF1", "HRAS", "GRB2", "SOS1", "SRC",
        "JAK1", "JAK2", "TYK2", "PRKCA", "PRKACA", "ADCY1", "PLCB1", "PLCG1", "CAMK2A", "CREB1", "ATF2", "ELK1",
        "MDM2", "ATM", "ATR", "CHEK1", "CHEK2", "BRCA1", "BRCA2", "RB1", "E2F1", "CDK4", "CDK6", "CCND1", "CDK2",
        "NO", "ON", "SET", "MET", "KIT", "RET", "ALK", "ROS1", "IL17A", "FOXP3", "RORC", "GATA3", "CD4", "CD8A",
    };

    private static readonly string[] FlyStaples =
    {
        "NA", "ref(2)P", "14-3-3epsilon", "14-3-3zeta", "Pka-C1", "norpA", "B-H1", "B-H2", "hh", "l(2)gl",
        "E(spl)m3-HLH", "Egfr", "Ras85D", "rl", "dpp", "wg", "arm", "Dl", "N", "Su(H)", "Act5C", "tor",
    };

    private static readonly string[] FishStaples =
    {
        "si:dkey-222f8.3", "si:ch211-114l13.7", "zgc:153704", "stat4", "il12a", "tp53", "egfra", "mapk1", "sox10", "mitfa",
    };

    public static readonly Organism Human = new(9606, "Homo sapiens", "Mammals", 1, Build(HumanStaples, 16000, HumanSymbol));
    public static readonly Organism Mouse = new(10090, "Mus musculus", "Mammals", 11_000_000, Build(Capitalized(HumanStaples), 4000, MouseSymbol));
    public static readonly Organism Rat = new(10116, "Rattus norvegicus", "Mammals", 12_000_000, Build(Capitalized(HumanStaples), 2000, RatSymbol));
    public static readonly Organism Fly = new(7227, "Drosophila melanogaster", "Invertebrates", 13_000_000, Build(FlyStaples, 2000, FlySymbol));
    public static readonly Organism Fish = new(7955, "Danio rerio", "Vertebrates", 14_000_000, Build(FishStaples, 2000, FishSymbol));
    public static readonly Organism Cress = new(3702, "Arabidopsis thaliana", "Plants", 15_000_000, Build(Array.Empty<string>(), 1500, CressSymbol));
    public static readonly Organism Yeast = new(559292, "Saccharomyces cerevisiae S288C", "Fungi", 16_000_000, Build(Array.Empty<string>(), 1500, YeastSymbol));

    /// <summary>Non-human organisms with their share among non-human figures (weights sum to 100).</summary>
    public static readonly (Organism Organism, int Weight)[] Others =
    {
        (Mouse, 45), (Rat, 15), (Fly, 15), (Fish, 10), (Cress, 10), (Yeast, 5),
    };

    private static IReadOnlyList<string> Build(string[] staples, int size, Func<int, string> symbol)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var symbols = new List<string>(size);
        foreach (var staple in staples)
        {
            if (seen.Add(staple))
            {
                symbols.Add(staple);
            }
        }

        for (var i = 0; symbols.Count < size; i++)
        {
            var candidate = symbol(i);
            if (seen.Add(candidate))
            {
                symbols.Add(candidate);
            }
        }

        return symbols;
    }

    private static string[] Capitalized(string[] symbols) =>
        symbols.Where(s => s.Length > 1).Select(s => s[0] + s.Substring(1).ToLowerInvariant()).ToArray();

    // Families cycle so that neighbouring pool entries look like a family (synonym fan-out takes neighbours).
    private static string HumanSymbol(int i) => (i % 12) switch
    {
        0 => $"ZNF{100 + (i / 12)}",
        1 => $"SLC{1 + (i / 12 % 45)}A{1 + (i / 540)}",
        2 => $"C{1 + (i / 12 % 22)}orf{10 + (i / 264)}",
        3 => $"LINC{(i / 12) + 1000:D5}",
        4 => $"TMEM{100 + (i / 12)}",
        5 => $"KRTAP{1 + (i / 12 % 29)}-{1 + (i / 348)}",
        6 => $"OR{1 + (i / 12 % 14)}{(char)('A' + (i / 168 % 26))}{1 + (i / 4368)}",
        7 => $"HLA-{(char)('A' + (i / 12 % 20))}{(char)('A' + (i / 240 % 8))}{1 + (i / 1920)}",
        8 => $"CCDC{10 + (i / 12)}",
        9 => $"FAM{10 + (i / 36)}{(char)('A' + (i / 12 % 3))}",
        10 => $"MIR{100 + (i / 12)}-{1 + (i % 7)}",
        _ => $"PRKC{(char)('A' + (i / 12 % 26))}{1 + (i / 312)}",
    };

    private static string MouseSymbol(int i) => (i % 3) switch
    {
        0 => $"Gm{1000 + i}",
        1 => $"{1700000 + i}C{10 + (i % 90)}Rik",
        _ => $"H2-{(char)('A' + (i % 20))}b{1 + (i / 60)}",
    };

    private static string RatSymbol(int i) => (i % 2) == 0 ? $"RGD{1300000 + i}" : $"LOC{100360000 + i}";

    private static string FlySymbol(int i) => (i % 3) switch
    {
        0 => $"CG{1000 + i}",
        1 => $"l(3){(char)('a' + (i % 26))}{10 + (i / 26)}",
        _ => $"CR{40000 + i}",
    };

    private static string FishSymbol(int i) => (i % 2) == 0
        ? $"si:dkey-{100 + (i / 2)}{(char)('a' + (i % 26))}{1 + (i % 24)}.{1 + (i % 9)}"
        : $"zgc:{100000 + i}";

    private static string CressSymbol(int i) => $"AT{1 + (i % 5)}G{10000 + (i * 10):D5}";

    private static string YeastSymbol(int i) => $"Y{(char)('A' + (i % 16))}{((i & 1) == 0 ? 'L' : 'R')}{(i / 16) + 1:D3}{((i & 2) == 0 ? 'W' : 'C')}";
}
