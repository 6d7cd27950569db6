namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The chemicals of this project's figures.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public static class Chemicals
    {
        /// <summary>Every chemical, ordered by id.</summary>
        public static IReadOnlyList<Chemical> All => PfocrTables.AllChemicals;

        /// <summary>The chemical with ChEBI or MeSH id <paramref name="id"/> (<c>CHEBI:15422</c>, <c>MESH:D000255</c>; prefix case ignored), or <see langword="null"/>.</summary>
        /// <param name="id">A ChEBI or MeSH id with its prefix.</param>
        public static Chemical/*?*/ ById(string id) => PfocrTables.ChemicalById(id);
    }
}
