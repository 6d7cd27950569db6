namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The papers of this project's figures.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public static class Papers
    {
        /// <summary>Every paper, in PMCID ordinal order.</summary>
        public static IReadOnlyList<Paper> All => PfocrTables.AllPapers;

        /// <summary>The paper with PubMed Central id <paramref name="pmcid"/>, e.g. <c>PMC2869233</c>, or <see langword="null"/>.</summary>
        /// <param name="pmcid">A PubMed Central id.</param>
        public static Paper/*?*/ ById(string pmcid) => PfocrTables.PaperById(pmcid);

        /// <summary>
        /// The paper with DOI <paramref name="doi"/>, or <see langword="null"/>. DOIs compare case-insensitively (as the
        /// DOI system resolves them), and a <c>doi:</c> or <c>https://doi.org/</c> prefix is accepted. The first call
        /// reads every figure's DOI once.
        /// </summary>
        /// <param name="doi">A DOI, e.g. <c>10.3390/ijms11030789</c>.</param>
        public static Paper/*?*/ ByDoi(string doi) => PfocrTables.PaperByDoi(doi);
    }
}
