using System.Collections.Generic;

namespace PfocrGen.IdChecking;

/// <summary>
/// In how many figures each gene, chemical and disease of one generated dataset is: what a gene member's doc comment
/// says ("in 312 figures") and <c>Figures.Count</c> of a gene, chemical or disease returns at run time. The generated
/// tables do not hold these numbers, so they are counted from the figure shards
/// (<see cref="GeneratedIdCatalog.CountFigures"/>) once per dataset (<see cref="IdCatalogCache.FigureCounts"/>).
/// </summary>
internal sealed class FigureCounts
{
    private readonly Dictionary<int, int> _genes;
    private readonly Dictionary<string, int> _chemicals;
    private readonly Dictionary<string, int> _diseases;

    /// <param name="chemicals">By entity key, ignoring case as the generated lookups do; likewise <paramref name="diseases"/>.</param>
    public FigureCounts(Dictionary<int, int> genes, Dictionary<string, int> chemicals, Dictionary<string, int> diseases)
    {
        _genes = genes;
        _chemicals = chemicals;
        _diseases = diseases;
    }

    public int OfGene(int entrezId) => _genes.TryGetValue(entrezId, out var count) ? count : 0;

    public int OfChemical(string key) => _chemicals.TryGetValue(key, out var count) ? count : 0;

    public int OfDisease(string key) => _diseases.TryGetValue(key, out var count) ? count : 0;
}
