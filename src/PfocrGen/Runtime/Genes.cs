namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The genes of this project's figures, with one member per symbol (<c>Genes.STAT4</c>).</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public static partial class Genes
    {
        /// <summary>Every gene, ordered by symbol (ordinal), then NCBI gene id.</summary>
        public static IReadOnlyList<Gene> All => PfocrTables.AllGenes;

        /// <summary>The gene with NCBI (Entrez) gene id <paramref name="entrezId"/>, or <see langword="null"/>.</summary>
        /// <param name="entrezId">An NCBI gene id, e.g. 6775 for human STAT4.</param>
        public static Gene? ByEntrez(int entrezId) => PfocrTables.GeneByEntrez(entrezId);

        /// <summary>
        /// The genes whose official symbol is exactly <paramref name="symbol"/> (case-sensitive); empty when none.
        /// A symbol can name several genes: in several organisms, or twice in one (fly <c>NA</c>).
        /// </summary>
        /// <param name="symbol">An official gene symbol, e.g. <c>STAT4</c>.</param>
        public static IReadOnlyList<Gene> BySymbol(string symbol) => PfocrTables.GenesBySymbol(symbol);
    }
}
