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
        } = 2;

        /// <summary>Figures with more genes in the universe than this are not tested (default 500).</summary>
        public int MaxSetSize
        {
            get;
#if PFOCR_INIT_ACCESSORS
            init;
#else
            set;
#endif
        } = 500;
    }
}
