namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>Settings of <see cref="Figures.Enrich"/>.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class EnrichmentOptions
    {
        /// <summary>Figures with fewer genes in the universe than this are not tested (default 2).</summary>
        public int MinSetSize
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = DefaultMinSetSize;

        /// <summary>Figures with more genes in the universe than this are not tested (default 500).</summary>
        public int MaxSetSize
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = DefaultMaxSetSize;

        /// <summary>
        /// Figures whose pathway score (<see cref="Figure.PathwayScore"/>) is below this are not tested, and so do not
        /// count in the Benjamini-Hochberg adjustment either (default <see langword="null"/>: no bound). Figures without
        /// a score are tested unless <see cref="RequirePathwayScore"/> is set.
        /// </summary>
        public double? MinPathwayScore
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        }

        /// <summary>When set, figures without a pathway score are not tested (default <see langword="false"/>).</summary>
        public bool RequirePathwayScore
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        }

        // Whether a figure with this score (NaN: none) is tested under these options.
        internal bool Admits(double score) =>
            double.IsNaN(score) ? !RequirePathwayScore : !MinPathwayScore.HasValue || score >= MinPathwayScore.Value;

        internal bool FiltersByScore => MinPathwayScore.HasValue || RequirePathwayScore;

        internal const int DefaultMinSetSize = 2;

        internal const int DefaultMaxSetSize = 500;
    }
}
