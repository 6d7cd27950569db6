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
    }
}
