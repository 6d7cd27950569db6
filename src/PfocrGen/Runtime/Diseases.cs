namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The diseases of this project's figures.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public static class Diseases
    {
        /// <summary>Every disease, ordered by id.</summary>
        public static IReadOnlyList<Disease> All => PfocrTables.AllDiseases;

        /// <summary>The disease with Disease Ontology or MeSH id <paramref name="id"/> (<c>DOID:0060239</c>, <c>MESH:D009369</c>; prefix case ignored), or <see langword="null"/>.</summary>
        /// <param name="id">A DOID or MeSH id with its prefix.</param>
        public static Disease/*?*/ ById(string id) => PfocrTables.DiseaseById(id);
    }
}
