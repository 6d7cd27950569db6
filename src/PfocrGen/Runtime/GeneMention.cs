namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>One OCR match of a gene in a figure: the word as printed and the gene it resolved to.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class GeneMention
    {
        internal GeneMention(string word, string source, string match, Gene gene)
        {
            Word = word;
            Source = source;
            Match = match;
            Gene = gene;
        }

        /// <summary>The word as OCR read it from the figure, e.g. <c>IL-12</c>.</summary>
        public string Word { get; }

        /// <summary>
        /// What the word matched in the lexicon, as PFOCR writes it: the genes table's <c>match</c> (the word
        /// normalized, e.g. <c>BAR</c> for <c>B-AR</c>), or in older records the lexicon symbol (e.g. <c>IL12</c>);
        /// empty when the record does not say (a gene from a GMT file).
        /// </summary>
        public string Match { get; }

        /// <summary>The lexicon column that matched, as PFOCR names it, e.g. <c>hgnc_alias_symbol</c>.</summary>
        public string Source { get; }

        /// <summary>The kind of match, classified from <see cref="Source"/>.</summary>
        public GeneMatchKind Kind => (GeneMatchKind)PfocrLayout.ClassifyMatchSource(Source);

        /// <summary>The gene the word was matched to.</summary>
        public Gene Gene { get; }

        /// <inheritdoc/>
        public override string ToString() => Word + " -> " + Gene.Symbol;
    }
}
