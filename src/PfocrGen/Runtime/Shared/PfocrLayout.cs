// Shared: compiled into the generator too (PfocrGen.csproj), and emitted into every consumer without this line.
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

        /// <summary>A figure's gene mentions: count and whether they carry matches, then word, source, Entrez id (and match) each.</summary>
        public const int GeneSegment = 1;

        /// <summary>A figure's chemical mentions: count and whether they carry matches, then word, id (and match) each.</summary>
        public const int ChemicalSegment = 2;

        /// <summary>A figure's disease mentions: count and whether they carry matches, then word, id (and match) each.</summary>
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

        // How a mention's match is stored. PFOCR's match is mostly its word as written, upper-cased, or reduced to its
        // letters and digits, or the previous row's (a family word expanded to many genes, one row each): one digit
        // says which, and only other matches are stored as text. Upper-casing is ASCII-only, so the generator and
        // every consumer's runtime derive the same text.

        /// <summary>No match (a table's <c>NA</c>, a layout without the column).</summary>
        public const int MatchEmpty = 0;

        /// <summary>The match is the word itself.</summary>
        public const int MatchIsWord = 1;

        /// <summary>The match is the word with ASCII letters upper-cased.</summary>
        public const int MatchIsUpperWord = 2;

        /// <summary>The match is the word's ASCII letters and digits, upper-cased; everything else dropped.</summary>
        public const int MatchIsWordKey = 3;

        /// <summary>The match is the previous mention's match.</summary>
        public const int MatchAsPrevious = 4;

        /// <summary>The match is stored as text after the form.</summary>
        public const int MatchWritten = 5;

        /// <summary>The form that stores <paramref name="match"/> of a mention of <paramref name="word"/> after a mention matching <paramref name="previous"/>.</summary>
        public static int MatchFormOf(string word, string match, string previous)
        {
            if (match.Length == 0)
            {
                return MatchEmpty;
            }

            for (var form = MatchIsWord; form < MatchWritten; form++)
            {
                if (string.Equals(DerivedMatch(form, word, previous), match, global::System.StringComparison.Ordinal))
                {
                    return form;
                }
            }

            return MatchWritten;
        }

        /// <summary>The match a stored <paramref name="form"/> stands for; <paramref name="written"/> is the text of <see cref="MatchWritten"/>.</summary>
        public static string MatchOf(int form, string word, string previous, string written) =>
            form == MatchWritten ? written : form == MatchEmpty ? string.Empty : DerivedMatch(form, word, previous);

        private static string DerivedMatch(int form, string word, string previous)
        {
            switch (form)
            {
                case MatchIsWord:
                    return word;
                case MatchAsPrevious:
                    return previous;
                default:
                    var text = new System.Text.StringBuilder(word.Length);
                    foreach (var c in word)
                    {
                        var upper = c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
                        var isKeyChar = (upper >= 'A' && upper <= 'Z') || (upper >= '0' && upper <= '9');
                        if (form == MatchIsUpperWord || isKeyChar)
                        {
                            text.Append(upper);
                        }
                    }

                    return text.ToString();
            }
        }

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
