namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A PubMed Central paper and its pathway figures.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Paper
    {
        private readonly int[] _figureIndexes;
        private IReadOnlyList<Figure>/*?*/ _figures;
        private IReadOnlyList<Gene>/*?*/ _genes;

        internal Paper(string pmcid, int[] figureIndexes)
        {
            Pmcid = pmcid;
            _figureIndexes = figureIndexes;
        }

        /// <summary>The PubMed Central id, e.g. <c>PMC2869233</c>.</summary>
        public string Pmcid { get; }

        /// <summary>The paper's title, from its first figure's record.</summary>
        public string Title => Figures[0].PaperTitle;

        /// <summary>The paper's citation, from its first figure's record.</summary>
        public string Reference => Figures[0].Reference;

        /// <summary>The paper's page at PubMed Central.</summary>
        public Uri Link => new Uri("https://pmc.ncbi.nlm.nih.gov/articles/" + Pmcid + "/");

        /// <summary>The paper's figures, in figure id ordinal order.</summary>
        public IReadOnlyList<Figure> Figures => _figures ?? (_figures = PfocrTables.FiguresAt(_figureIndexes));

        /// <summary>
        /// The distinct genes (by NCBI gene id) of all the paper's figures: figures in figure id ordinal order,
        /// genes in order of first mention.
        /// </summary>
        public IReadOnlyList<Gene> Genes => _genes ?? (_genes = PfocrTables.DistinctGenesOf(Figures));

        /// <inheritdoc/>
        public override string ToString() => Pmcid;
    }
}
