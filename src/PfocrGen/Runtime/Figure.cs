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
        private IReadOnlyList<ChemicalMention>/*?*/ _chemicalMentions;
        private IReadOnlyList<DiseaseMention>/*?*/ _diseaseMentions;
        private int? _nobeCount;

        internal Figure(int index, string id)
        {
            _index = index;
            Id = id;
        }

        internal int Index => _index;

        /// <summary>
        /// The PFOCR figure id, <c>PMCID__filename</c>, e.g. <c>PMC2869233__ijms-11-00789f3</c>; for a figure known only
        /// from GMT files, the GMT name (in a release file, the figure's alias, e.g. <c>PMC5869700__F6</c>).
        /// </summary>
        public string Id { get; }

        /// <summary>
        /// The figure's other names, which <see cref="Figures.ById"/> also finds it by: its record's <c>figid_alias</c>
        /// (<c>PMC5869700__F6</c>, the name PFOCR's release GMT files use) and the GMT names joined to it; never
        /// <see cref="Id"/> itself. Empty when it has none.
        /// </summary>
        public IReadOnlyList<string> Aliases => PfocrTables.AliasesOf(_index);

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

        /// <summary>
        /// The organisms the record names (R's <c>NA</c> entries left out); for a figure known only from GMT files, the
        /// species of the gene files that list it.
        /// </summary>
        public IReadOnlyList<string> Organisms => Details.Organisms;

        /// <summary>
        /// Organisms that PFOCR recognized in the figure's text (the record's <c>organisms_ner</c>), as written, R's
        /// <c>NA</c> entries left out. The gene tables' organisms follow these, not <see cref="Organisms"/>. Empty when
        /// the record has none (older layouts, GMT files).
        /// </summary>
        public IReadOnlyList<string> RecognizedOrganisms => Details.RecognizedOrganisms;

        /// <summary>The paper's DOI, e.g. <c>10.3390/ijms11030789</c>, or <see langword="null"/> when the record gives none.</summary>
        public string/*?*/ Doi => Details.Doi;

        /// <summary>The full title of the paper's journal, or <see langword="null"/> when the record gives none.</summary>
        public string/*?*/ JournalTitle => Details.JournalTitle;

        /// <summary>The journal's NLM title abbreviation (<c>journal_nlm_ta</c>, e.g. <c>Int J Mol Sci</c>), or <see langword="null"/>.</summary>
        public string/*?*/ JournalAbbreviation => Details.JournalAbbreviation;

        /// <summary>The paper's publisher, or <see langword="null"/> when the record gives none.</summary>
        public string/*?*/ Publisher => Details.Publisher;

        /// <summary>The paper's author keywords, in the record's order; empty when it gives none.</summary>
        public IReadOnlyList<string> Keywords => Details.Keywords;

        /// <summary>
        /// PFOCR's classifier confidence that the figure is a pathway, from 0 to 1 (<c>automl_pathway</c>, in older
        /// records <c>pathway_score</c>), or <see langword="null"/> when the record gives none.
        /// </summary>
        public double? PathwayScore => Details.PathwayScore;

        /// <summary>What kind of figure it is: <c>Figure</c>, <c>Scheme</c>, <c>Graphical abstract</c>, …; or <see langword="null"/>.</summary>
        public string/*?*/ FigureType => Details.FigureType;

        /// <summary>The file name of the figure's image at PubMed Central, or <see langword="null"/>.</summary>
        public string/*?*/ ImageFileName => Details.ImageFileName;

        /// <summary>The figure's image at PubMed Central, or <see langword="null"/> when the record names no image file.</summary>
        public Uri/*?*/ ImageLink => ImageFileName == null ? null : new Uri("https://www.ncbi.nlm.nih.gov/pmc/articles/" + Pmcid + "/bin/" + Uri.EscapeDataString(ImageFileName));

        /// <summary>The id of the figure's network at NDEx (a UUID), or <see langword="null"/>.</summary>
        public string/*?*/ NdexId => Details.NdexId;

        /// <summary>The figure's network at NDEx, or <see langword="null"/> when it has none.</summary>
        public Uri/*?*/ NdexLink => NdexId == null ? null : new Uri("https://www.ndexbio.org/viewer/networks/" + Uri.EscapeDataString(NdexId));

        /// <summary>The id of the WikiPathways pathway curated from the figure (e.g. <c>WP5092</c>), or <see langword="null"/>.</summary>
        public string/*?*/ WikiPathwaysId => Details.WikiPathwaysId;

        /// <summary>The WikiPathways pathway curated from the figure, or <see langword="null"/> when it has none.</summary>
        public Uri/*?*/ WikiPathwaysLink => WikiPathwaysId == null ? null : new Uri("https://www.wikipathways.org/instance/" + Uri.EscapeDataString(WikiPathwaysId));

        /// <summary>Curators' typed notes on the figure (the record's <c>annotations</c>); empty when it has none.</summary>
        public IReadOnlyList<FigureAnnotation> Annotations => Details.Annotations;

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

        /// <summary>Every chemical match in the figure, in record order: the OCR word, what it matched and the chemical.</summary>
        public IReadOnlyList<ChemicalMention> ChemicalMentions => _chemicalMentions ?? (_chemicalMentions = PfocrTables.ReadChemicalMentions(_index));

        /// <summary>Every disease match in the figure, in record order: the OCR word, what it matched and the disease.</summary>
        public IReadOnlyList<DiseaseMention> DiseaseMentions => _diseaseMentions ?? (_diseaseMentions = PfocrTables.ReadDiseaseMentions(_index));

        private PfocrTables.FigureDetails Details => _details ?? (_details = PfocrTables.ReadDetails(_index));

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
