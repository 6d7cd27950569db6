using PfocrGen.Building;
using PfocrGen.Emitting;
using PfocrGen.Model;
using PfocrGen.Packing;
using PfocrGen.Planning;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// The generator's writer (<see cref="DataStreamWriter"/>, packed by <see cref="SourceWriter.PackedConstant"/>) and the
/// runtime's reader (<c>Runtime/Shared/PfocrTables.DataReader.cs</c>, compiled here as a C# 7.3 consumer gets it) agree on
/// every integer size and every kind of string, at even and odd byte offsets.
/// </summary>
public sealed class DataLayoutRoundTripTests
{
    private static readonly int[] Integers = [0, 1, 30, 31, 32, 33, 63, 64, 1023, 1024, 32767, 6775, 1 << 20, int.MaxValue];

    private static readonly string[] Texts =
    [
        "", "a", "IL-12", "é", "漢字", "😀 emoji", "\uD800", "x\uDC00y", "tab\tand\nnewline", "\"quoted\" \\ back", "\0", new string('z', 300),
        "Ελληνικά", "ab", "abc", "\u2028", "\uFFFF",
    ];

    [Fact]
    public void Every_integer_and_string_written_by_the_generator_reads_back_through_the_runtime_reader()
    {
        var writer = new DataStreamWriter();
        var expected = new List<string>();
        for (var i = 0; i < Integers.Length * Texts.Length; i++)
        {
            // Alternating sizes move every string to both even and odd byte offsets.
            var number = Integers[i % Integers.Length];
            var text = Texts[i % Texts.Length];
            writer.WriteInt(number);
            writer.WriteString(text);
            expected.Add(number + "|" + text);
        }

        var readBack = ReadBack(writer, expected.Count);

        Assert.Equal(expected, readBack);
    }

    [Fact]
    public void Every_field_of_every_segment_and_table_written_by_the_encoders_reads_back_through_the_runtime_layout()
    {
        var figure = new FigureRecord(
            "records/a.md", "PMC1__fig-id", default, "PMC1-pmcid", "the title", "https://link/",
            new EquatableArray<string>(new[] { "Homo sapiens", "Mus musculus" }), null, null)
        {
            Details = new RecordDetails
            {
                Caption = "the caption", Number = "Figure 7", Year = 1999, PaperTitle = "the paper title", Reference = "the reference",
                Doi = "10.1/doi", JournalTitle = "the journal", JournalAbbreviation = "J Abbr", Publisher = "the publisher",
                Keywords = new EquatableArray<string>(new[] { "key one", "key two" }), PathwayScore = "0.5", FigureType = "Scheme",
                ImageFileName = "fig.jpg", NdexId = "ndex-id", WikiPathwaysId = "WP1", RecognizedOrganisms = new EquatableArray<string>(new[] { "Homo sapiens" }),
                Annotations = new EquatableArray<AnnotationEntry>(new[] { new AnnotationEntry("type-a", "value-a") }),
            },
        };

        // One match of each stored form: the word, the word upper-cased, its letters and digits, the previous
        // match, none, and text (an upper-cased non-ASCII word is not derived: every runtime must agree on it).
        GeneMention[] geneMentions =
        [
            new("word-1", "hgnc_symbol", "SYM1", 4101, 9606, "Homo sapiens", default, default) { Match = "word-1" },
            new("b-Ar 2", "hgnc_alias_symbol", "SYM2", 4202, 10090, "Mus musculus", default, default) { Match = "B-AR 2" },
            new("b-Ar 2", "hgnc_alias_symbol", "SYM2", 4202, 10090, "Mus musculus", default, default) { Match = "BAR2" },
            new("x", "famplex_relations", "SYM1", 4101, 9606, "Homo sapiens", default, default) { Match = "BAR2" },
            new("w", "hgnc_symbol", "SYM1", 4101, 9606, "Homo sapiens", default, default),
            new("é-1", "hgnc_symbol", "SYM1", 4101, 9606, "Homo sapiens", default, default) { Match = "É-1" },
        ];
        EntityMention[] chemicalMentions =
        [
            new("chem-word", "chem-name", "D000001", "CHEBI:11") { Match = "Chem Match" },
            new("mesh-only-word", "mesh-only-name", "D000002", ""),
        ];
        GeneMention[] gmtMentions = [new("", "gmt", "", 4101, 9606, "Homo sapiens", default, default)];
        var mentions = new EquatableArray<GeneMention>(geneMentions);
        var entityMentions = new EquatableArray<EntityMention>(chemicalMentions);
        GeneEntry[] genes =
        [
            Gene(mentions[0], "full name one", ["syn-a", "syn-b"]),
            Gene(mentions[1], "", []),
        ];
        EntityEntry[] chemicals = [Entity(entityMentions[0])];
        EntityEntry[] diseases = [Entity(new EntityMention("dis-word", "dis-name", "D000003", "DOID:33")), Entity(entityMentions[1])];

        var second = figure with { Id = "PMC2__second-id" };
        FigureEntry[] entries =
        [
            new(figure, new EncodedFigure(figure, SegmentEncoder.EncodeMeta(figure), null, null, null, ""), null, null, null, EquatableArray<string>.Empty),
            new(second, new EncodedFigure(second, SegmentEncoder.EncodeMeta(second), null, null, null, ""), null, null, null, new EquatableArray<string>(new[] { "alias-of-second" })),
        ];
        PaperEntry[] papers = [new("PMC9-paper", new EquatableArray<int>(new[] { 1, 0 }))];

        // The encoders' outputs back to back: each is self-delimiting, so one reader reads them in turn.
        var data = new List<byte>();
        data.AddRange(SegmentEncoder.EncodeMeta(figure).Bytes);
        data.AddRange(SegmentEncoder.EncodeGenes(mentions).Bytes);
        data.AddRange(SegmentEncoder.EncodeEntities(entityMentions).Bytes);
        data.AddRange(SegmentEncoder.EncodeGenes(new EquatableArray<GeneMention>(gmtMentions)).Bytes);
        data.AddRange(IndexTables.Genes(genes));
        data.AddRange(IndexTables.Entities(chemicals, diseases));
        data.AddRange(IndexTables.Figures(entries, [5, 6], [7, 8]));
        data.AddRange(IndexTables.Papers(papers));

        var readBack = Run(data.ToArray(), RecordsReader);

        Assert.Equal(
        [
            "meta", "PMC1__fig-id", "PMC1-pmcid", "the title", "the caption", "Figure 7", "1999", "https://link/", "the paper title", "the reference", "Homo sapiens,Mus musculus",
            "10.1/doi", "the journal", "J Abbr", "the publisher", "key one,key two", "0.5", "Scheme", "fig.jpg", "ndex-id", "WP1", "Homo sapiens", "type-a,value-a",
            "gene mentions 6 with matches", "word-1", "hgnc_symbol", "4101", "word-1", "b-Ar 2", "hgnc_alias_symbol", "4202", "B-AR 2",
            "b-Ar 2", "hgnc_alias_symbol", "4202", "BAR2", "x", "famplex_relations", "4101", "BAR2", "w", "hgnc_symbol", "4101", "",
            "é-1", "hgnc_symbol", "4101", "É-1",
            "entity mentions 2 with matches", "chem-word", "CHEBI:11", "Chem Match", "mesh-only-word", "D000002", "",
            "gene mentions 1", "", "gmt", "4101", "",
            "genes 2", "4101", "9606", "SYM1", "Homo sapiens", "full name one", "syn-a,syn-b", "4202", "10090", "SYM2", "Mus musculus", "", "",
            "chemicals 1", "CHEBI:11", "chem-name", "D000001", "CHEBI:11",
            "diseases 2", "DOID:33", "dis-name", "D000003", "DOID:33", "D000002", "mesh-only-name", "D000002", "",
            "figures 2", "PMC1__fig-id", "5", "7", "PMC2__second-id", "6", "8",
            "aliases 1", "alias-of-second", "1",
            "papers 1", "PMC9-paper", "1,0",
        ],
        readBack);
    }

    // Reads the records above with the runtime's reader through PfocrLayout, one line per field (C# 7.3).
    private const string RecordsReader = """
                    internal static string[] Read()
                    {
                        var reader = new DataReader(Index, 0);
                        var lines = new System.Collections.Generic.List<string>();
                        var meta = default(PfocrLayout.FigureMetaRow);
                        PfocrLayout.FigureMeta(ref reader, ref meta);
                        lines.AddRange(new[] { "meta", meta.Id, meta.Pmcid, meta.Title, meta.Caption, meta.Number, Text(meta.Year), meta.Link, meta.PaperTitle, meta.Reference, string.Join(",", meta.Organisms) });
                        lines.AddRange(new[] { meta.Doi, meta.JournalTitle, meta.JournalAbbreviation, meta.Publisher, string.Join(",", meta.Keywords), meta.PathwayScore, meta.FigureType, meta.ImageFileName, meta.NdexId, meta.WikiPathwaysId, string.Join(",", meta.RecognizedOrganisms), string.Join(",", meta.Annotations) });

                        var count = 0;
                        var withMatches = 0;
                        var previous = string.Empty;
                        ReadGeneMentions(ref reader, lines);
                        PfocrLayout.MentionHeader(ref reader, ref count, ref withMatches);
                        lines.Add("entity mentions " + Text(count) + (withMatches != 0 ? " with matches" : ""));
                        previous = string.Empty;
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.EntityMentionRow);
                            PfocrLayout.EntityMention(ref reader, ref row, withMatches != 0);
                            previous = PfocrLayout.MatchOf(row.MatchForm, row.Word, previous, row.Match);
                            lines.AddRange(new[] { row.Word, row.Key, previous });
                        }

                        ReadGeneMentions(ref reader, lines);

                        PfocrLayout.RowCount(ref reader, ref count);
                        lines.Add("genes " + Text(count));
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.GeneRow);
                            PfocrLayout.Gene(ref reader, ref row);
                            lines.AddRange(new[] { Text(row.EntrezId), Text(row.TaxonomyId), row.Symbol, row.Organism, row.FullName, string.Join(",", row.Synonyms) });
                        }

                        foreach (var kind in new[] { "chemicals ", "diseases " })
                        {
                            PfocrLayout.RowCount(ref reader, ref count);
                            lines.Add(kind + Text(count));
                            for (var i = 0; i < count; i++)
                            {
                                var row = default(PfocrLayout.EntityRow);
                                PfocrLayout.Entity(ref reader, ref row);
                                lines.AddRange(new[] { row.Key, row.Name, row.MeshId, row.OtherId });
                            }
                        }

                        PfocrLayout.RowCount(ref reader, ref count);
                        lines.Add("figures " + Text(count));
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.FigureIndexRow);
                            PfocrLayout.FigureIndex(ref reader, ref row);
                            lines.AddRange(new[] { row.Id, Text(row.Shard), Text(row.Slot) });
                        }

                        PfocrLayout.RowCount(ref reader, ref count);
                        lines.Add("aliases " + Text(count));
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.FigureAliasRow);
                            PfocrLayout.FigureAlias(ref reader, ref row);
                            lines.AddRange(new[] { row.Alias, Text(row.Figure) });
                        }

                        PfocrLayout.RowCount(ref reader, ref count);
                        lines.Add("papers " + Text(count));
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.PaperRow);
                            PfocrLayout.Paper(ref reader, ref row);
                            lines.AddRange(new[] { row.Pmcid, string.Join(",", row.Figures) });
                        }

                        return lines.ToArray();
                    }

                    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

                    private static void ReadGeneMentions(ref DataReader reader, System.Collections.Generic.List<string> lines)
                    {
                        var count = 0;
                        var withMatches = 0;
                        PfocrLayout.MentionHeader(ref reader, ref count, ref withMatches);
                        lines.Add("gene mentions " + Text(count) + (withMatches != 0 ? " with matches" : ""));
                        var previous = string.Empty;
                        for (var i = 0; i < count; i++)
                        {
                            var row = default(PfocrLayout.GeneMentionRow);
                            PfocrLayout.GeneMention(ref reader, ref row, withMatches != 0);
                            previous = PfocrLayout.MatchOf(row.MatchForm, row.Word, previous, row.Match);
                            lines.AddRange(new[] { row.Word, row.Source, Text(row.EntrezId), previous });
                        }
                    }

        """;

    // The dataset's rows as the builder makes them from a gene's first mention and a chemical's or disease's.
    private static GeneEntry Gene(GeneMention first, string fullName, string[] synonyms) => new(
        first.EntrezId, first.Symbol, first.TaxonomyId, first.Organism, fullName, new EquatableArray<string>(synonyms), "a.md", first.Position, 0);

    private static EntityEntry Entity(EntityMention first) => new(first.Key, first.Name.Length > 0 ? first.Name : first.Word, first.MeshId, first.OtherId);

    private static string[] ReadBack(DataStreamWriter writer, int pairs)
    {
        var readPairs = $$"""
                    internal static string[] Read()
                    {
                        var reader = new DataReader(Index, 0);
                        var pairs = new string[{{pairs}}];
                        for (var i = 0; i < pairs.Length; i++)
                        {
                            var number = reader.ReadInt();
                            pairs[i] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + reader.ReadString();
                        }

                        return pairs;
                    }

            """;
        return Run(writer.Buffer.AsSpan(0, writer.ByteLength).ToArray(), readPairs);
    }

    // The runtime as a C# 7.3 consumer gets it, with data packed as the index constant and a Read() method.
    private static string[] Run(byte[] data, string readMethod) =>
        (string[])CompiledRuntime.Call(data, readMethod, "Read");
}
