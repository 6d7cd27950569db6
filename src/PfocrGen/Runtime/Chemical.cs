namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A chemical that PFOCR found in at least one figure, identified by ChEBI id or, lacking one, MeSH id.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Chemical
    {
        internal Chemical(int index, string id, string name, string meshId, string chebiId)
        {
            Index = index;
            Id = id;
            Name = name;
            MeshId = meshId.Length == 0 ? null : meshId;
            ChebiId = chebiId.Length == 0 ? null : chebiId;
        }

        internal int Index { get; }

        /// <summary>The id the chemical is known by: <see cref="ChebiId"/> when present, else <see cref="MeshId"/>.</summary>
        public string Id { get; }

        /// <summary>The chemical's name, or the OCR word when the record names none.</summary>
        public string Name { get; }

        /// <summary>The MeSH id, e.g. <c>MESH:D000255</c>, or <see langword="null"/>.</summary>
        public string/*?*/ MeshId { get; }

        /// <summary>The ChEBI id, e.g. <c>CHEBI:15422</c>, or <see langword="null"/>.</summary>
        public string/*?*/ ChebiId { get; }

        /// <summary>The figures that mention the chemical, in figure id ordinal order.</summary>
        public IReadOnlyList<Figure> Figures => PfocrTables.FiguresOfChemical(Index);

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
