namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The genes of this project's figures, with one member per symbol (<c>Genes.STAT4</c>).</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed partial class Genes
    {
        // A class, not a static class, so that it can derive from the generated classes that hold the typed
        // members beyond what one class may hold (a static member of a base class is found through Genes too).
        private Genes()
        {
        }

        /// <summary>Every gene, ordered by symbol (ordinal), then NCBI gene id.</summary>
        public static IReadOnlyList<Gene> All => PfocrTables.AllGenes;

        /// <summary>The gene with NCBI (Entrez) gene id <paramref name="entrezId"/>, or <see langword="null"/>.</summary>
        /// <param name="entrezId">An NCBI gene id, e.g. 6775 for human STAT4.</param>
        public static Gene/*?*/ ByEntrez(int entrezId) => PfocrTables.GeneByEntrez(entrezId);

        /// <summary>
        /// The genes whose official symbol is exactly <paramref name="symbol"/> (case-sensitive); empty when none.
        /// A symbol can name several genes: in several organisms, or twice in one (fly <c>NA</c>).
        /// </summary>
        /// <param name="symbol">An official gene symbol, e.g. <c>STAT4</c>.</param>
        public static IReadOnlyList<Gene> BySymbol(string symbol) => PfocrTables.GenesBySymbol(symbol);

        /// <summary>
        /// Maps gene symbols to genes, for analyses that start from symbols (<see cref="SymbolMapping.EntrezIds"/>
        /// is a ready <see cref="Figures.Enrich"/> query). Each symbol (trimmed) is looked up, in this order, as an
        /// official symbol, as an NCBI <c>gene_info</c> synonym, then as either ignoring case; the first level that
        /// finds a gene of <paramref name="taxonomyId"/> decides: one gene maps the symbol, several make it
        /// ambiguous, none at any level leaves it unmapped. OCR words of the records are not used as synonyms.
        /// </summary>
        /// <param name="symbols">Gene symbols, e.g. <c>STAT4</c>, <c>Tlr1</c>; repeats are looked up once.</param>
        /// <param name="taxonomyId">Only genes of this NCBI taxon (9606 for human, 10090 for mouse); any organism when <see langword="null"/>.</param>
        public static SymbolMapping MapSymbols(IEnumerable<string> symbols, int? taxonomyId = null) => PfocrTables.MapSymbols(symbols, taxonomyId);
    }
}
