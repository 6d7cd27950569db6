// Shared: compiled into the generator too (PfocrGen.csproj), and emitted into every consumer without this line.
namespace Pfocr
{
    /// <summary>
    /// The field order of the records in a figure's segments, declared once: PfocrGen's encoder visits a record with
    /// a sink that writes each field, the runtime's reader visits it with one that reads each field (its
    /// <c>DataReader</c>), so both follow the same sequence of calls.
    /// </summary>
    internal static partial class PfocrLayout
    {
        /// <summary>Writes or reads the fields of a record, one call per field in the layout's order.</summary>
        internal interface IFieldSink
        {
            /// <summary>An integer field.</summary>
            void Int(ref int value);

            /// <summary>
            /// A string field. A reader leaves a field that is already set (not null) as it is and skips the stored
            /// text, so a value known beforehand costs no string.
            /// </summary>
            void String(ref string value);

            /// <summary>A list of strings: its count, then each string.</summary>
            void Strings(ref string[] values);

            /// <summary>A list of integers: its count, then each integer.</summary>
            void Ints(ref int[] values);
        }

        /// <summary>A figure's metadata segment (<see cref="MetaSegment"/>).</summary>
        internal struct FigureMetaRow
        {
            public string Id;
            public string Pmcid;
            public string Title;
            public string Caption;
            public string Number;

            // 0 when the record gives no year.
            public int Year;
            public string Link;
            public string PaperTitle;
            public string Reference;
            public string[] Organisms;
            public string Doi;
            public string JournalTitle;
            public string JournalAbbreviation;
            public string Publisher;
            public string[] Keywords;

            // As written in the record ("" when it has none): parsed where it is read, so every reader gets the same double.
            public string PathwayScore;
            public string FigureType;
            public string ImageFileName;
            public string NdexId;
            public string WikiPathwaysId;
            public string[] RecognizedOrganisms;

            // Each annotation's type, then its value.
            public string[] Annotations;
        }

        /// <summary>One gene mention of a <see cref="GeneSegment"/>.</summary>
        internal struct GeneMentionRow
        {
            public string Word;
            public string Source;
            public int EntrezId;

            // What the word matched (MatchIsWord, …), and the text itself only when the form is MatchWritten. A
            // segment whose header says its rows have no matches stores neither.
            public int MatchForm;
            public string Match;
        }

        /// <summary>One chemical or disease mention of a <see cref="ChemicalSegment"/> or <see cref="DiseaseSegment"/>.</summary>
        internal struct EntityMentionRow
        {
            public string Word;

            // The entity's id: its other id when it has one, else its MeSH id; "" when the row has neither.
            public string Key;

            // As for a gene mention.
            public int MatchForm;
            public string Match;
        }

        /// <summary>One gene of the genes table (<c>GeneDataText</c>: a count, then the rows).</summary>
        internal struct GeneRow
        {
            public int EntrezId;
            public int TaxonomyId;
            public string Symbol;
            public string Organism;
            public string FullName;
            public string[] Synonyms;
        }

        /// <summary>
        /// One chemical or disease of the entities table (<c>EntityDataText</c>: the chemicals, then the diseases,
        /// each a count then the rows).
        /// </summary>
        internal struct EntityRow
        {
            public string Key;
            public string Name;
            public string MeshId;

            // The ChEBI id of a chemical, the Disease Ontology id of a disease.
            public string OtherId;
        }

        /// <summary>
        /// One figure of the figure index (<c>IndexText</c>: a count, then the figures' rows, then a count, then the
        /// aliases' rows).
        /// </summary>
        internal struct FigureIndexRow
        {
            public string Id;

            // The shard holding the figure's segments, and its slot in that shard.
            public int Shard;
            public int Slot;
        }

        /// <summary>One other name of a figure, after the figures of the figure index.</summary>
        internal struct FigureAliasRow
        {
            public string Alias;

            // The index of the figure it names.
            public int Figure;
        }

        /// <summary>One paper of the papers table (<c>PaperDataText</c>: a count, then the rows).</summary>
        internal struct PaperRow
        {
            public string Pmcid;

            // The indexes of its figures in the figure index.
            public int[] Figures;
        }

        /// <summary>The fields of a figure's metadata segment, in order.</summary>
        public static void FigureMeta<TSink>(ref TSink sink, ref FigureMetaRow row)
            where TSink : IFieldSink
        {
            sink.String(ref row.Id);
            sink.String(ref row.Pmcid);
            sink.String(ref row.Title);
            sink.String(ref row.Caption);
            sink.String(ref row.Number);
            sink.Int(ref row.Year);
            sink.String(ref row.Link);
            sink.String(ref row.PaperTitle);
            sink.String(ref row.Reference);
            sink.Strings(ref row.Organisms);
            sink.String(ref row.Doi);
            sink.String(ref row.JournalTitle);
            sink.String(ref row.JournalAbbreviation);
            sink.String(ref row.Publisher);
            sink.Strings(ref row.Keywords);
            sink.String(ref row.PathwayScore);
            sink.String(ref row.FigureType);
            sink.String(ref row.ImageFileName);
            sink.String(ref row.NdexId);
            sink.String(ref row.WikiPathwaysId);
            sink.Strings(ref row.RecognizedOrganisms);
            sink.Strings(ref row.Annotations);
        }

        /// <summary>
        /// The number of rows that starts a list of rows: a mention segment (<see cref="GeneSegment"/>,
        /// <see cref="ChemicalSegment"/>, <see cref="DiseaseSegment"/>) or a table; the rows follow.
        /// </summary>
        public static void RowCount<TSink>(ref TSink sink, ref int count)
            where TSink : IFieldSink
        {
            sink.Int(ref count);
        }

        /// <summary>
        /// The header of a mention segment (<see cref="GeneSegment"/>, <see cref="ChemicalSegment"/>,
        /// <see cref="DiseaseSegment"/>): the number of rows, then 1 when the rows carry what each word matched, 0 when
        /// none does (a GMT file's mentions have no words), which saves a digit per row.
        /// </summary>
        public static void MentionHeader<TSink>(ref TSink sink, ref int count, ref int withMatches)
            where TSink : IFieldSink
        {
            sink.Int(ref count);
            sink.Int(ref withMatches);
        }

        /// <summary>A shard's offset table entry for a segment a figure does not have.</summary>
        public const int NoSegment = -1;

        /// <summary>
        /// One entry of a shard's offset table (a figure count, then <see cref="SegmentKinds"/> entries per figure):
        /// where a figure's segment of one kind starts, counted from the end of the table, or <see cref="NoSegment"/>.
        /// Stored plus one, so that an absent segment is the one digit 0.
        /// </summary>
        public static void SegmentOffset<TSink>(ref TSink sink, ref int offset)
            where TSink : IFieldSink
        {
            var stored = offset + 1;
            sink.Int(ref stored);
            offset = stored - 1;
        }

        /// <summary>The fields of one gene mention, in order; the match only when the segment's rows carry one.</summary>
        public static void GeneMention<TSink>(ref TSink sink, ref GeneMentionRow row, bool withMatch)
            where TSink : IFieldSink
        {
            sink.String(ref row.Word);
            sink.String(ref row.Source);
            sink.Int(ref row.EntrezId);
            if (withMatch)
            {
                MentionMatch(ref sink, ref row.MatchForm, ref row.Match);
            }
        }

        /// <summary>The fields of one chemical or disease mention, in order; the match only when the segment's rows carry one.</summary>
        public static void EntityMention<TSink>(ref TSink sink, ref EntityMentionRow row, bool withMatch)
            where TSink : IFieldSink
        {
            sink.String(ref row.Word);
            sink.String(ref row.Key);
            if (withMatch)
            {
                MentionMatch(ref sink, ref row.MatchForm, ref row.Match);
            }
        }

        // The form first: a reader then knows whether the text follows.
        private static void MentionMatch<TSink>(ref TSink sink, ref int form, ref string match)
            where TSink : IFieldSink
        {
            sink.Int(ref form);
            if (form == MatchWritten)
            {
                sink.String(ref match);
            }
        }

        /// <summary>The fields of one gene of the genes table, in order.</summary>
        public static void Gene<TSink>(ref TSink sink, ref GeneRow row)
            where TSink : IFieldSink
        {
            sink.Int(ref row.EntrezId);
            sink.Int(ref row.TaxonomyId);
            sink.String(ref row.Symbol);
            sink.String(ref row.Organism);
            sink.String(ref row.FullName);
            sink.Strings(ref row.Synonyms);
        }

        /// <summary>The fields of one chemical or disease of the entities table, in order.</summary>
        public static void Entity<TSink>(ref TSink sink, ref EntityRow row)
            where TSink : IFieldSink
        {
            sink.String(ref row.Key);
            sink.String(ref row.Name);
            sink.String(ref row.MeshId);
            sink.String(ref row.OtherId);
        }

        /// <summary>The fields of one figure of the figure index, in order.</summary>
        public static void FigureIndex<TSink>(ref TSink sink, ref FigureIndexRow row)
            where TSink : IFieldSink
        {
            sink.String(ref row.Id);
            sink.Int(ref row.Shard);
            sink.Int(ref row.Slot);
        }

        /// <summary>The fields of one alias of the figure index, in order.</summary>
        public static void FigureAlias<TSink>(ref TSink sink, ref FigureAliasRow row)
            where TSink : IFieldSink
        {
            sink.String(ref row.Alias);
            sink.Int(ref row.Figure);
        }

        /// <summary>The fields of one paper of the papers table, in order.</summary>
        public static void Paper<TSink>(ref TSink sink, ref PaperRow row)
            where TSink : IFieldSink
        {
            sink.String(ref row.Pmcid);
            sink.Ints(ref row.Figures);
        }
    }
}
