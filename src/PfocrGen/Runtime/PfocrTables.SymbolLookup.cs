namespace Pfocr
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;

    internal static partial class PfocrTables
    {
        /// <summary>
        /// Maps symbols to genes, trying four levels in turn and stopping at the first that finds any gene of the
        /// organism asked for: the official symbol exactly, a <c>gene_info</c> synonym exactly, then both again
        /// ignoring case. One gene at that level maps the symbol; several make it ambiguous.
        /// </summary>
        internal static SymbolMapping MapSymbols(IEnumerable<string> symbols, int? taxonomyId)
        {
            if (symbols == null)
            {
                throw new ArgumentNullException(nameof(symbols));
            }

            var lookup = SymbolLookupHolder.Value;
            var ids = new List<int>();
            var seenIds = new HashSet<int>();
            var mapped = new Dictionary<string, Gene>(StringComparer.Ordinal);
            var unmapped = new List<string>();
            var ambiguous = new Dictionary<string, IReadOnlyList<Gene>>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in symbols)
            {
                var symbol = raw == null ? string.Empty : raw.Trim();
                if (!seen.Add(symbol))
                {
                    continue;
                }

                var genes = lookup.Find(symbol, taxonomyId);
                if (genes.Count == 0)
                {
                    unmapped.Add(symbol);
                }
                else if (genes.Count > 1)
                {
                    ambiguous.Add(symbol, genes.AsReadOnly());
                }
                else
                {
                    mapped.Add(symbol, genes[0]);
                    if (seenIds.Add(genes[0].EntrezId))
                    {
                        ids.Add(genes[0].EntrezId);
                    }
                }
            }

            return new SymbolMapping(
                ids.AsReadOnly(),
                new ReadOnlyDictionary<string, Gene>(mapped),
                unmapped.AsReadOnly(),
                new ReadOnlyDictionary<string, IReadOnlyList<Gene>>(ambiguous));
        }

        // Built on the first MapSymbols call only: BySymbol and ByEntrez never pay for the synonym indexes.
        private static class SymbolLookupHolder
        {
            internal static readonly SymbolLookup Value = new SymbolLookup(G.Genes);
        }

        private sealed class SymbolLookup
        {
            private readonly Dictionary<string, List<Gene>>[] _levels;

            public SymbolLookup(Gene[] genes)
            {
                var official = new Dictionary<string, List<Gene>>(StringComparer.Ordinal);
                var synonyms = new Dictionary<string, List<Gene>>(StringComparer.Ordinal);
                var officialIgnoringCase = new Dictionary<string, List<Gene>>(StringComparer.OrdinalIgnoreCase);
                var synonymsIgnoringCase = new Dictionary<string, List<Gene>>(StringComparer.OrdinalIgnoreCase);
                foreach (var gene in genes)
                {
                    Add(official, gene.Symbol, gene);
                    Add(officialIgnoringCase, gene.Symbol, gene);
                    foreach (var synonym in gene.Synonyms)
                    {
                        Add(synonyms, synonym, gene);
                        Add(synonymsIgnoringCase, synonym, gene);
                    }
                }

                _levels = new[] { official, synonyms, officialIgnoringCase, synonymsIgnoringCase };
            }

            public List<Gene> Find(string symbol, int? taxonomyId)
            {
                var found = new List<Gene>();
                foreach (var level in _levels)
                {
                    if (!level.TryGetValue(symbol, out var genes))
                    {
                        continue;
                    }

                    foreach (var gene in genes)
                    {
                        if ((taxonomyId == null || gene.TaxonomyId == taxonomyId) && !found.Contains(gene))
                        {
                            found.Add(gene);
                        }
                    }

                    if (found.Count > 0)
                    {
                        return found;
                    }
                }

                return found;
            }

            private static void Add(Dictionary<string, List<Gene>> index, string key, Gene gene)
            {
                if (key.Length == 0)
                {
                    return;
                }

                if (!index.TryGetValue(key, out var list))
                {
                    list = new List<Gene>(1);
                    index.Add(key, list);
                }

                if (!list.Contains(gene))
                {
                    list.Add(gene);
                }
            }
        }
    }
}
