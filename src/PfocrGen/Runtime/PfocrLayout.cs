namespace Pfocr
{
    /// <summary>
    /// The layout of the packed data and the classification of gene match sources, declared once: this file is
    /// compiled into PfocrGen, whose encoder writes with these values, and emitted into the consumer, whose reader
    /// reads with them.
    /// </summary>
    internal static partial class PfocrLayout
    {
        /// <summary>
        /// A figure's metadata segment: id, pmcid, title, caption, number, year, link, paper title, reference, organisms,
        /// then the paper's DOI, journal, publisher and keywords and the figure's score, type, image, NDEx and
        /// WikiPathways ids, recognized organisms and annotations.
        /// </summary>
        public const int MetaSegment = 0;

        /// <summary>A figure's gene mentions: count, then word, source, Entrez id, match each.</summary>
        public const int GeneSegment = 1;

        /// <summary>A figure's chemical mentions: count, then word, id, match each.</summary>
        public const int ChemicalSegment = 2;

        /// <summary>A figure's disease mentions: count, then word, id, match each.</summary>
        public const int DiseaseSegment = 3;

        /// <summary>The number of segment kinds: a shard's offset table has this many entries per figure.</summary>
        public const int SegmentKinds = 4;

        /// <summary>An integer is written in groups of this many bits, least significant first.</summary>
        public const int DigitBits = 5;

        /// <summary>Set in a digit when more groups follow.</summary>
        public const int MoreDigits = 1 << DigitBits;

        /// <summary>The value bits of a digit.</summary>
        public const int DigitValue = MoreDigits - 1;

        /// <summary>Set in a string's header when the text is stored as UTF-16 code units rather than UTF-8.</summary>
        public const int Utf16String = 1;

        /// <summary>
        /// The printable ASCII byte of a digit (0..63): <c>#</c>..<c>[</c> then <c>]</c>..<c>c</c>, skipping
        /// <c>\</c>, so the packed data needs no escapes.
        /// </summary>
        public static byte ByteOfDigit(int digit) => (byte)(digit < 57 ? 0x23 + digit : 0x5D + digit - 57);

        /// <summary>The digit a byte written by <see cref="ByteOfDigit"/> stands for.</summary>
        public static int DigitOfByte(int value) => value <= 0x5B ? value - 0x23 : value - 0x5D + 57;

        /// <summary>The gene match classes, in the order of the runtime's <c>GeneMatchKind</c>.</summary>
        public const int SymbolMatch = 0;

        /// <summary>An alias or previous symbol.</summary>
        public const int SynonymMatch = 1;

        /// <summary>A family or complex name expanded to its members.</summary>
        public const int FamilyMatch = 2;

        /// <summary>A source not classified.</summary>
        public const int OtherMatch = 3;

        /// <summary>The class of a PFOCR match source (the genes table's <c>source</c> column).</summary>
        public static int ClassifyMatchSource(string source)
        {
            switch (source)
            {
                case "hgnc_symbol":
                case "ncbigene_symbol":
                    return SymbolMatch;
                case "hgnc_alias_symbol":
                case "hgnc_prev_symbol":
                case "ncbigene_synonym":
                    return SynonymMatch;
                case "bioentities_symbol":
                case "famplex_relations":
                    return FamilyMatch;
                default:
                    return OtherMatch;
            }
        }
    }
}
