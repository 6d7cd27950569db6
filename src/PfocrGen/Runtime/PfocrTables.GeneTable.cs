namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private sealed class GeneTable
        {
            public readonly Gene[] Genes;
            public readonly Dictionary<int, int> GeneIndex;
            public readonly Dictionary<string, IReadOnlyList<Gene>> SymbolIndex;
            public readonly IReadOnlyList<Gene> GeneList;

            public GeneTable()
            {
                var reader = new DataReader(GeneData, 0);
                var geneCount = 0;
                PfocrLayout.RowCount(ref reader, ref geneCount);
                Genes = new Gene[geneCount];
                GeneIndex = new Dictionary<int, int>(geneCount);
                var bySymbol = new Dictionary<string, List<Gene>>(StringComparer.Ordinal);
                for (var g = 0; g < geneCount; g++)
                {
                    var row = default(PfocrLayout.GeneRow);
                    PfocrLayout.Gene(ref reader, ref row);
                    var entrezId = row.EntrezId;
                    var symbol = row.Symbol;
                    var gene = new Gene(g, entrezId, symbol, row.TaxonomyId, row.Organism, row.FullName, Array.AsReadOnly(row.Synonyms));
                    Genes[g] = gene;
                    GeneIndex.Add(entrezId, g);
                    if (!bySymbol.TryGetValue(symbol, out var list))
                    {
                        bySymbol.Add(symbol, list = new List<Gene>(1));
                    }

                    list.Add(gene);
                }

                SymbolIndex = new Dictionary<string, IReadOnlyList<Gene>>(bySymbol.Count, StringComparer.Ordinal);
                foreach (var pair in bySymbol)
                {
                    SymbolIndex.Add(pair.Key, pair.Value.AsReadOnly());
                }

                GeneList = Array.AsReadOnly(Genes);
            }
        }
    }
}
