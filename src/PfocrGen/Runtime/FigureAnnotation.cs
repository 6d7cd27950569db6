namespace Pfocr
{
    /// <summary>A curator's typed note on a figure, from its record's <c>annotations</c> list.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class FigureAnnotation
    {
        internal FigureAnnotation(string type, string value)
        {
            Type = type;
            Value = value;
        }

        /// <summary>What kind of note it is, as the record names it; empty when it names none.</summary>
        public string Type { get; }

        /// <summary>The note itself; empty when the record gives none.</summary>
        public string Value { get; }

        /// <inheritdoc/>
        public override string ToString() => Type + ": " + Value;
    }
}
