namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>
    /// What <see cref="Genes.MapSymbols"/> made of a list of gene symbols: the genes they map to, and the symbols it
    /// could not map (no gene) or not map to one gene (ambiguous).
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class SymbolMapping
    {
        internal SymbolMapping(
            IReadOnlyList<int> entrezIds,
            IReadOnlyDictionary<string, Gene> mapped,
            IReadOnlyList<string> unmapped,
            IReadOnlyDictionary<string, IReadOnlyList<Gene>> ambiguous)
        {
            EntrezIds = entrezIds;
            Mapped = mapped;
            Unmapped = unmapped;
            Ambiguous = ambiguous;
        }

        /// <summary>
        /// The distinct NCBI gene ids of the mapped symbols, in the order of the symbols given: ready to pass to
        /// <see cref="Figures.Enrich"/> as the query (or universe).
        /// </summary>
        public IReadOnlyList<int> EntrezIds { get; }

        /// <summary>Each symbol that maps to exactly one gene, with that gene.</summary>
        public IReadOnlyDictionary<string, Gene> Mapped { get; }

        /// <summary>The symbols no gene has as official symbol or synonym (distinct, in the order given).</summary>
        public IReadOnlyList<string> Unmapped { get; }

        /// <summary>The symbols that name several genes at the first level that matched, with those genes.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<Gene>> Ambiguous { get; }
    }
}
