namespace Pfocr
{
    /// <summary>One OCR match of a chemical in a figure, as the record's chemicals table (or list) writes it.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class ChemicalMention
    {
        internal ChemicalMention(string word, string match, Chemical/*?*/ chemical)
        {
            Word = word;
            Match = match;
            Chemical = chemical;
        }

        /// <summary>The word as OCR read it from the figure, e.g. <c>ATP</c>.</summary>
        public string Word { get; }

        /// <summary>What the word matched in PFOCR's chemical lexicon; empty when the record does not say.</summary>
        public string Match { get; }

        /// <summary>The chemical the word was matched to, or <see langword="null"/> when PFOCR gives it no id.</summary>
        public Chemical/*?*/ Chemical { get; }

        /// <inheritdoc/>
        public override string ToString() => Chemical == null ? Word : Word + " -> " + Chemical.Name;
    }
}
