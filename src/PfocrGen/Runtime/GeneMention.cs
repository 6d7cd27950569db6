namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>One OCR match of a gene in a figure: the word as printed and the gene it resolved to.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class GeneMention
    {
        internal GeneMention(string word, string source, Gene gene)
        {
            Word = word;
            Source = source;
            Gene = gene;
        }

        /// <summary>The word as OCR read it from the figure, e.g. <c>IL-12</c>.</summary>
        public string Word { get; }

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
