namespace Pfocr
{
    using System;

    /// <summary>Settings of <see cref="Figures.Camera(global::System.Collections.Generic.IReadOnlyDictionary{int, double}, CameraOptions)"/>.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class CameraOptions
    {
        /// <summary>
        /// When set, the rank version of the test (a Wilcoxon rank-sum with the correlation, limma's
        /// <c>use.ranks = TRUE</c>) is run instead of the parametric one (default <see langword="false"/>).
        /// </summary>
        public bool UseRanks
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        }

        /// <summary>
        /// The correlation assumed between the statistics of two genes of one figure, strictly between −1 and 1
        /// (default 0.01, limma's <c>inter.gene.cor</c> default: a small positive correlation, which makes the test
        /// more conservative for large sets; 0 treats the genes as independent).
        /// </summary>
        public double InterGeneCorrelation
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = DefaultInterGeneCorrelation;

        /// <summary>Figures with fewer genes in the statistics than this are not tested (default 2, as <see cref="EnrichmentOptions.MinSetSize"/>).</summary>
        public int MinSetSize
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = EnrichmentOptions.DefaultMinSetSize;

        /// <summary>Figures with more genes in the statistics than this are not tested (default 500, as <see cref="EnrichmentOptions.MaxSetSize"/>).</summary>
        public int MaxSetSize
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = EnrichmentOptions.DefaultMaxSetSize;

        internal const double DefaultInterGeneCorrelation = 0.01;
    }
}
