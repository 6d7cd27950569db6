namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A gene, identified by its NCBI (Entrez) gene id, that PFOCR found in at least one figure.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Gene
    {
        internal Gene(int index, int entrezId, string symbol, int taxonomyId, string organism, string fullName, IReadOnlyList<string> synonyms)
        {
            FullName = fullName;
            Synonyms = synonyms;
            Index = index;
            EntrezId = entrezId;
            Symbol = symbol;
            TaxonomyId = taxonomyId == 0 ? (int?)null : taxonomyId;
            Organism = organism;
        }

        internal int Index { get; }

        /// <summary>
        /// The official symbol (<c>hgnc_symbol</c> in v1/v2 records, <c>ncbigene_symbol</c> in v3 tables); for a gene
        /// known only from a GMT file, the <c>Symbol</c> of its NCBI <c>gene_info</c> row; empty when neither names it.
        /// </summary>
        public string Symbol { get; }

        /// <summary>The NCBI (Entrez) gene id.</summary>
        public int EntrezId { get; }

        /// <summary>The NCBI taxonomy id of the gene's organism (9606 for human), or <see langword="null"/> when unknown.</summary>
        public int? TaxonomyId { get; }

        /// <summary>The organism's name, e.g. <c>Homo sapiens</c>; empty when unknown.</summary>
        public string Organism { get; }

        /// <summary>
        /// The full name from NCBI <c>gene_info</c> (<c>Full_name_from_nomenclature_authority</c>, else
        /// <c>description</c>), e.g. <c>signal transducer and activator of transcription 4</c>; empty when no
        /// <c>gene_info</c> file lists the gene.
        /// </summary>
        public string FullName { get; }

        /// <summary>The synonyms from NCBI <c>gene_info</c>, in NCBI's order; empty when none or no <c>gene_info</c> lists the gene.</summary>
        public IReadOnlyList<string> Synonyms { get; }

        /// <summary>The gene's page at NCBI Gene.</summary>
        public Uri Link => new Uri("https://www.ncbi.nlm.nih.gov/gene/" + EntrezId.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>The figures that mention the gene, in figure id ordinal order.</summary>
        public IReadOnlyList<Figure> Figures => PfocrTables.FiguresOfGene(Index);

        /// <inheritdoc/>
        public override string ToString() => Symbol;
    }
}
