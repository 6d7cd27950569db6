using System.Collections.Generic;

namespace PfocrGen.Building;

/// <summary>
/// Gives the genes some figure mentions what NCBI <c>gene_info</c> knows about them. Runs after every edit, so it
/// only looks up the dataset's genes (tens of thousands at most), never walks the <c>gene_info</c> rows.
/// <para>
/// Which symbol wins: the record's. A record (or its genes table) names the symbol its figure's OCR word was
/// matched to and carries that match as evidence, and its members must not be renamed by adding a
/// <c>gene_info</c> file; so <c>gene_info</c> gives the symbol only to genes that have none (known from a GMT
/// file only). The full name and synonyms always come from <c>gene_info</c> (records carry neither); the taxon
/// and organism come from it when no record gives them.
/// </para>
/// </summary>
internal static class GeneInfoJoin
{
    /// <summary>Fills in <paramref name="genes"/> before they are sorted (the order is by symbol).</summary>
    public static void Apply(List<GeneDraft> genes, GeneInfoIndex geneInfo)
    {
        if (geneInfo.Count == 0)
        {
            return;
        }

        foreach (var gene in genes)
        {
            if (!geneInfo.TryGet(gene.EntrezId, out var row))
            {
                continue;
            }

            gene.FullName = row.FullName;
            gene.Synonyms = row.Synonyms;
            // Each read of a row's text decodes it anew (GeneInfoIndex keeps UTF-8): the symbol is read once.
            if (gene.Symbol.Length == 0 && row.Symbol is { Length: > 0 } symbol)
            {
                gene.Symbol = symbol;
                gene.Path = row.Path;
                gene.Position = row.SymbolPosition;
            }

            if (gene.TaxonomyId == 0)
            {
                gene.TaxonomyId = row.TaxonomyId;
                gene.Organism = row.Organism;
            }
        }
    }
}
