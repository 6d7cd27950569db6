namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>A pathway figure from PubMed Central, as PFOCR describes it.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class Figure
    {
        private readonly int _index;
        private PfocrTables.FigureDetails/*?*/ _details;
        private IReadOnlyList<GeneMention>/*?*/ _geneMentions;
        private IReadOnlyList<Gene>/*?*/ _genes;
        private IReadOnlyList<Chemical>/*?*/ _chemicals;
        private IReadOnlyList<Disease>/*?*/ _diseases;
        private int? _nobeCount;

        internal Figure(int index, string id)
        {
            _index = index;
            Id = id;
        }

        internal int Index => _index;

        /// <summary>The PFOCR figure id, <c>PMCID__filename</c>, e.g. <c>PMC2869233__ijms-11-00789f3</c>.</summary>
        public string Id { get; }

        /// <summary>The PubMed Central id of the paper, e.g. <c>PMC2869233</c>.</summary>
        public string Pmcid => Details.Pmcid;

        /// <summary>The figure's title; empty when the record has none.</summary>
        public string Title => Details.Title;

        /// <summary>The figure's caption, exactly as in the record; empty when the record has none.</summary>
        public string Caption => Details.Caption;

        /// <summary>The figure's label in the paper, e.g. <c>Figure 3</c> or <c>F3</c>; empty when unknown.</summary>
        public string Number => Details.Number;

        /// <summary>The publication year, or <see langword="null"/> when the record has no plausible year.</summary>
        public int? Year => Details.Year;

        /// <summary>The figure's page at PubMed Central.</summary>
        public Uri Link => Details.Link;

        /// <summary>The title of the paper the figure is from.</summary>
        public string PaperTitle => Details.PaperTitle;

        /// <summary>The citation of the paper, as PFOCR gives it (<c>reftext</c>).</summary>
        public string Reference => Details.Reference;

        /// <summary>The organisms the record names (R's <c>NA</c> entries left out).</summary>
        public IReadOnlyList<string> Organisms => Details.Organisms;

        /// <summary>The paper the figure is from.</summary>
        public Paper Paper => PfocrTables.PaperOfFigure(_index);

        /// <summary>Every gene match in the figure, in record order, with its OCR word and match source.</summary>
        public IReadOnlyList<GeneMention> GeneMentions => _geneMentions ?? (_geneMentions = PfocrTables.ReadGeneMentions(_index));

        /// <summary>The distinct genes of the figure (by NCBI gene id), in order of first mention.</summary>
        public IReadOnlyList<Gene> Genes => _genes ?? (_genes = PfocrTables.DistinctGenes(GeneMentions));

        /// <summary>
        /// PFOCR's "non-overlapping bioentities" (NOBE) count: the distinct OCR words that contribute at least one
        /// gene to <see cref="Genes"/>. A family word that fans out to many genes counts once.
        /// </summary>
        public int NobeCount
        {
            get
            {
                if (!_nobeCount.HasValue)
                {
                    _nobeCount = PfocrTables.DistinctWordCount(GeneMentions);
                }

                return _nobeCount.Value;
            }
        }

        /// <summary>The distinct chemicals matched in the figure, in order of first mention.</summary>
        public IReadOnlyList<Chemical> Chemicals => _chemicals ?? (_chemicals = PfocrTables.ReadChemicals(_index));

        /// <summary>The distinct diseases matched in the figure, in order of first mention.</summary>
        public IReadOnlyList<Disease> Diseases => _diseases ?? (_diseases = PfocrTables.ReadDiseases(_index));

        private PfocrTables.FigureDetails Details => _details ?? (_details = PfocrTables.ReadDetails(_index));

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
