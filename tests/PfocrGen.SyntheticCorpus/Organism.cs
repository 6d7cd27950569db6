namespace PfocrGen.SyntheticCorpus;

/// <summary>An organism of the synthetic corpus with its invented gene pool (symbol and NCBI-style id per gene).</summary>
internal sealed class Organism
{
    public Organism(int taxonomyId, string name, string group, int entrezBase, IReadOnlyList<string> symbols)
    {
        TaxonomyId = taxonomyId;
        Name = name;
        Group = group;
        EntrezBase = entrezBase;
        Symbols = symbols;
    }

    public int TaxonomyId { get; }
    public string Name { get; }
    public string Group { get; }
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>Gene ids are <c>EntrezBase + index</c>: unique across organisms, stable for a given pool.</summary>
    public int EntrezBase { get; }

    public int EntrezId(int gene) => EntrezBase + gene;
}
