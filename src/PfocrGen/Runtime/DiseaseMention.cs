namespace Pfocr
{
    /// <summary>One OCR match of a disease in a figure, as the record's diseases table (or list) writes it.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class DiseaseMention
    {
        internal DiseaseMention(string word, string match, Disease/*?*/ disease)
        {
            Word = word;
            Match = match;
            Disease = disease;
        }

        /// <summary>The word as OCR read it from the figure, e.g. <c>asthma</c>.</summary>
        public string Word { get; }

        /// <summary>What the word matched in PFOCR's disease lexicon; empty when the record does not say.</summary>
        public string Match { get; }

        /// <summary>The disease the word was matched to, or <see langword="null"/> when PFOCR gives it no id.</summary>
        public Disease/*?*/ Disease { get; }

        /// <inheritdoc/>
        public override string ToString() => Disease == null ? Word : Word + " -> " + Disease.Name;
    }
}
