namespace PfocrGen.SyntheticCorpus;

/// <summary>Invented chemical, disease and journal vocabularies with PFOCR-shaped ids (MeSH, ChEBI, DOID).</summary>
internal static class Vocabularies
{
    private static readonly string[] ChemicalStaples =
    {
        "Bradykinin", "Isoproterenol", "cAMP", "Calcium", "Glucose", "ATP", "NADPH", "Rapamycin", "Wortmannin",
        "LY294002", "Insulin", "Cholesterol", "Ethanol", "Nitric Oxide", "H₂O₂", "Ca²⁺", "Arachidonic acid",
    };

    private static readonly string[] Syllables = { "ox", "ami", "thi", "zol", "pra", "cy", "lin", "ben", "mor", "fen", "dro", "quin" };

    private static readonly string[] DiseaseStaples =
    {
        "Cancer", "Diabetes Mellitus", "Alzheimer Disease", "Asthma", "Obesity", "Breast Neoplasms", "Sepsis",
        "Hypertension", "Parkinson Disease", "Inflammation", "Fibrosis", "Tuberculosis",
    };

    public static readonly (string Abbrev, string Title, string Publisher)[] Journals =
    {
        ("Front Immunol", "Frontiers in Immunology", "Frontiers Media S.A."),
        ("Sci Rep", "Scientific Reports", "Nature Publishing Group UK"),
        ("PLoS Comput Biol", "PLoS Computational Biology", "Public Library of Science"),
        ("Int J Mol Sci", "International Journal of Molecular Sciences", "MDPI"),
        ("Cell Rep", "Cell Reports", "Elsevier"),
        ("Mol Cell Biol", "Molecular and Cellular Biology", ".na.character"),
    };

    public static readonly IReadOnlyList<string> Chemicals = Names(ChemicalStaples, 3000, "ine");
    public static readonly IReadOnlyList<string> Diseases = Names(DiseaseStaples, 800, "osis");

    public static string MeshId(int i) => $"mesh:D{100 + i:D6}";

    public static string ChebiId(int i) => $"chebi:{15000 + i}";

    public static string DoidId(int i) => $"doid:{i + 10:D7}";

    private static IReadOnlyList<string> Names(string[] staples, int size, string ending)
    {
        var names = new List<string>(staples);
        for (var i = 0; names.Count < size; i++)
        {
            var name = Syllables[i % 12] + Syllables[i / 12 % 12] + Syllables[i / 144 % 12] + ending;
            names.Add(char.ToUpperInvariant(name[0]) + name.Substring(1) + (i >= 1728 ? " " + (i / 1728) : string.Empty));
        }

        return names;
    }
}
