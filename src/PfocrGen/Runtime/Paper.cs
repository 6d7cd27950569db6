namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A PubMed Central paper and its pathway figures.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Paper
    {
        private readonly int[] _figureIndexes;
        private IReadOnlyList<Figure>/*?*/ _figures;
        private IReadOnlyList<Gene>/*?*/ _genes;
        private PaperFields/*?*/ _fields;

        internal Paper(string pmcid, int[] figureIndexes)
        {
            Pmcid = pmcid;
            _figureIndexes = figureIndexes;
        }

        /// <summary>The PubMed Central id, e.g. <c>PMC2869233</c>.</summary>
        public string Pmcid { get; }

        /// <summary>The paper's title, from its first figure's record.</summary>
        public string Title => Figures[0].PaperTitle;

        /// <summary>The paper's citation, from its first figure's record.</summary>
        public string Reference => Figures[0].Reference;

        /// <summary>
        /// The paper's DOI, from the first of its figures (in figure id ordinal order) whose record gives one, or
        /// <see langword="null"/>. <see cref="Papers.ByDoi"/> finds the paper by it.
        /// </summary>
        public string/*?*/ Doi => Fields.Doi;

        /// <summary>The full title of the paper's journal, from the first of its figures whose record gives one, or <see langword="null"/>.</summary>
        public string/*?*/ JournalTitle => Fields.JournalTitle;

        /// <summary>The publication year, from the first of its figures whose record gives a plausible one, or <see langword="null"/>.</summary>
        public int? Year => Fields.Year;

        /// <summary>The paper's page at PubMed Central.</summary>
        public Uri Link => new Uri("https://pmc.ncbi.nlm.nih.gov/articles/" + Pmcid + "/");

        /// <summary>The paper's figures, in figure id ordinal order.</summary>
        public IReadOnlyList<Figure> Figures => _figures ?? (_figures = PfocrTables.FiguresAt(_figureIndexes));

        /// <summary>
        /// The distinct genes (by NCBI gene id) of all the paper's figures: figures in figure id ordinal order,
        /// genes in order of first mention.
        /// </summary>
        public IReadOnlyList<Gene> Genes => _genes ?? (_genes = PfocrTables.DistinctGenesOf(Figures));

        private PaperFields Fields => _fields ?? (_fields = new PaperFields(_figureIndexes));

        /// <inheritdoc/>
        public override string ToString() => Pmcid;

        // Where figures of one paper disagree, PfocrGen reported it (PFOCR025); the first figure with a value wins.
        private sealed class PaperFields
        {
            public PaperFields(int[] figureIndexes)
            {
                foreach (var figure in figureIndexes)
                {
                    var fields = PfocrTables.ReadPaperFields(figure);
                    Doi = Doi ?? PfocrTables.FigureDetails.OrNull(fields.Doi);
                    JournalTitle = JournalTitle ?? PfocrTables.FigureDetails.OrNull(fields.JournalTitle);
                    Year = Year ?? (fields.Year == 0 ? (int?)null : fields.Year);
                }
            }

            public string/*?*/ Doi { get; }

            public string/*?*/ JournalTitle { get; }

            public int? Year { get; }
        }
    }
}
