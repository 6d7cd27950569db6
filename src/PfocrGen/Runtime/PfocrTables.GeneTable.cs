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
                var geneCount = reader.ReadInt();
                Genes = new Gene[geneCount];
                GeneIndex = new Dictionary<int, int>(geneCount);
                var bySymbol = new Dictionary<string, List<Gene>>(StringComparer.Ordinal);
                for (var g = 0; g < geneCount; g++)
                {
                    var entrezId = reader.ReadInt();
                    var taxonomyId = reader.ReadInt();
                    var symbol = reader.ReadString();
                    var organism = reader.ReadString();
                    var fullName = reader.ReadString();
                    var synonymCount = reader.ReadInt();
                    var synonyms = synonymCount == 0 ? Array.Empty<string>() : new string[synonymCount];
                    for (var i = 0; i < synonymCount; i++)
                    {
                        synonyms[i] = reader.ReadString();
                    }

                    var gene = new Gene(g, entrezId, symbol, taxonomyId, organism, fullName, Array.AsReadOnly(synonyms));
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
