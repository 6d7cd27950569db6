namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A disease that PFOCR found in at least one figure, identified by Disease Ontology id or, lacking one, MeSH id.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Disease
    {
        internal Disease(int index, string id, string name, string meshId, string doid)
        {
            Index = index;
            Id = id;
            Name = name;
            MeshId = meshId.Length == 0 ? null : meshId;
            DoidId = doid.Length == 0 ? null : doid;
        }

        internal int Index { get; }

        /// <summary>The id the disease is known by: <see cref="DoidId"/> when present, else <see cref="MeshId"/>.</summary>
        public string Id { get; }

        /// <summary>The disease's name, or the OCR word when the record names none.</summary>
        public string Name { get; }

        /// <summary>The MeSH id, e.g. <c>MESH:D009369</c>, or <see langword="null"/>.</summary>
        public string/*?*/ MeshId { get; }

        /// <summary>The Disease Ontology id, e.g. <c>DOID:0060239</c>, or <see langword="null"/>.</summary>
        public string/*?*/ DoidId { get; }

        /// <summary>The figures that mention the disease, in figure id ordinal order.</summary>
        public IReadOnlyList<Figure> Figures => PfocrTables.FiguresOfDisease(Index);

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
