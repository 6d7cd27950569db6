using System;
using System.Text;
using Pfocr;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Packing;

/// <summary>
/// Encodes one parsed file's data segments (layout read back by the generated <c>PfocrTables</c>) and writes a
/// figure's XML doc. Runs per file in the pipeline.
/// </summary>
internal static class SegmentEncoder
{
    // Encoders a thread reuses from file to file; anything that grew past these sizes is not kept.
    private const int MaxKeptBytes = 256 * 1024;
    private const int MaxKeptChars = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_doc;

    [ThreadStatic]
    private static DataStreamWriter? t_writer;

    [ThreadStatic]
    private static string[]? t_organisms;

    public static EncodedFile Encode(ParsedFile file, GeneratorOptions options)
    {
        var figures = new EncodedFigure[file.Figures.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var figure = file.Figures[i];
            figures[i] = new EncodedFigure(
                figure,
                EncodeMeta(figure),
                figure.Genes is { } genes ? EncodeGenes(GeneSources.Filter(genes, options)) : null,
                figure.Chemicals is { } chemicals ? EncodeEntities(chemicals) : null,
                figure.Diseases is { } diseases ? EncodeEntities(diseases) : null,
                // A GMT line's doc is written with its member (DocOf): a release has 119,000 lines and, above
                // 5,000 figures, no figure members to document.
                figure.GeneSet is null ? FigureDoc(figure, options.DocCaptionLength) : string.Empty)
            {
                GeneDigest = figure.Genes is { } mentions ? GeneDigests.Of(mentions, options) : GeneDigest.Empty,
            };
        }

        var table = file.Table switch
        {
            null => null,
            { Kind: EntityKind.Genes } genesTable => EncodeGenes(GeneSources.Filter(genesTable.Genes, options)),
            { } entityTable => EncodeEntities(entityTable.Entities),
        };

        return new EncodedFile(file, new EquatableArray<EncodedFigure>(figures), table, Parsing.FanOutCheck.Find(file, options))
        {
            TableGenes = file.Table is { Kind: EntityKind.Genes } tableOfGenes ? GeneDigests.Of(tableOfGenes.Genes, options) : GeneDigest.Empty,
        };
    }

    internal static EncodedSegment EncodeMeta(FigureRecord figure)
    {
        var writer = RentWriter();
        var row = new PfocrLayout.FigureMetaRow
        {
            Id = figure.Id,
            Pmcid = figure.Pmcid,
            Title = figure.Title,
            Caption = figure.Caption,
            Number = figure.Number,
            Year = figure.Year ?? 0,
            Link = figure.LinksToPaperPage ? PaperPageLinkSink.PaperPage : figure.Link,
            PaperTitle = figure.PaperTitle,
            Reference = figure.Reference,
            Organisms = OrganismsArray(figure.Organisms),
            Doi = figure.Doi,
            JournalTitle = figure.JournalTitle,
            JournalAbbreviation = figure.JournalAbbreviation,
            Publisher = figure.Publisher,
            Keywords = figure.Keywords.AsSpan().ToArray(),
            PathwayScore = figure.PathwayScore,
            FigureType = figure.FigureType,
            ImageFileName = figure.ImageFileName,
            NdexId = figure.NdexId,
            WikiPathwaysId = figure.WikiPathwaysId,
            RecognizedOrganisms = figure.RecognizedOrganisms.AsSpan().ToArray(),
            Annotations = AnnotationTexts(figure.Annotations),
        };
        var sink = new PaperPageLinkSink(writer, figure.Pmcid);
        PfocrLayout.FigureMeta(ref sink, ref row);
        return Finish(writer);
    }

    // The row's organisms as the array the layout takes. A GMT file names one species for all its lines, so the
    // array of the line before serves (the sink only reads it) instead of a copy per line.
    private static string[] OrganismsArray(EquatableArray<string> organisms)
    {
        var span = organisms.AsSpan();
        if (span.Length == 0)
        {
            return Array.Empty<string>();
        }

        var last = t_organisms;
        if (last is not null && span.SequenceEqual(last))
        {
            return last;
        }

        return t_organisms = span.ToArray();
    }

    private static string[] AnnotationTexts(EquatableArray<AnnotationEntry> annotations)
    {
        if (annotations.Count == 0)
        {
            return Array.Empty<string>(); // every GMT line: no array each
        }

        var texts = new string[annotations.Count * 2];
        for (var i = 0; i < annotations.Count; i++)
        {
            texts[2 * i] = annotations[i].Type;
            texts[(2 * i) + 1] = annotations[i].Value;
        }

        return texts;
    }

    internal static EncodedSegment EncodeGenes(EquatableArray<GeneMention> genes)
    {
        var writer = RentWriter();
        var count = genes.Count;
        var withMatches = 0;

        // Spans, not the array's enumerator: that was an object per loop, two per figure.
        foreach (var gene in genes.AsSpan())
        {
            withMatches |= gene.Match.Length > 0 ? 1 : 0;
        }

        PfocrLayout.MentionHeader(ref writer, ref count, ref withMatches);
        var previous = string.Empty;
        foreach (var gene in genes.AsSpan())
        {
            var row = new PfocrLayout.GeneMentionRow
            {
                Word = gene.Word,
                Source = gene.Source,
                EntrezId = gene.EntrezId,
                MatchForm = PfocrLayout.MatchFormOf(gene.Word, gene.Match, previous),
                Match = gene.Match,
            };
            PfocrLayout.GeneMention(ref writer, ref row, withMatches != 0);
            previous = gene.Match;
        }

        return Finish(writer);
    }

    internal static EncodedSegment EncodeEntities(EquatableArray<EntityMention> entities)
    {
        var writer = RentWriter();
        var count = entities.Count;
        var withMatches = 0;
        foreach (var entity in entities.AsSpan())
        {
            withMatches |= entity.Match.Length > 0 ? 1 : 0;
        }

        PfocrLayout.MentionHeader(ref writer, ref count, ref withMatches);
        var previous = string.Empty;
        foreach (var entity in entities.AsSpan())
        {
            var row = new PfocrLayout.EntityMentionRow
            {
                Word = entity.Word,
                Key = entity.Key,
                MatchForm = PfocrLayout.MatchFormOf(entity.Word, entity.Match, previous),
                Match = entity.Match,
            };
            PfocrLayout.EntityMention(ref writer, ref row, withMatches != 0);
            previous = entity.Match;
        }

        return Finish(writer);
    }

    // A segment is written into this thread's writer and copied out at its exact size, so the writer's buffer is
    // neither guessed per segment nor grown and thrown away each time.
    private static DataStreamWriter RentWriter()
    {
        var writer = t_writer ?? new DataStreamWriter(16 * 1024);
        t_writer = null;
        writer.Clear();
        return writer;
    }

    private static EncodedSegment Finish(DataStreamWriter writer)
    {
        var segment = new EncodedSegment(writer.ToEquatableArray());
        if (writer.Buffer.Length <= MaxKeptBytes)
        {
            t_writer = writer;
        }

        return segment;
    }

    // One line a user scanning completion wants: where and when the paper appeared, how sure PFOCR is that the figure
    // is a pathway, and the DOI to cite. Only the parts the record gives; nothing when it gives none.
    private static void AppendPublicationLine(StringBuilder doc, FigureRecord figure)
    {
        var start = doc.Length;
        if (figure.JournalTitle.Length > 0)
        {
            DocText.Append(doc, figure.JournalTitle);
            if (figure.Year is { } year)
            {
                doc.Append(", ").Append(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (figure.PathwayScore.Length > 0)
        {
            DocText.Append(doc.Append(doc.Length > start ? "; pathway score " : "Pathway score "), figure.PathwayScore);
        }

        if (figure.Doi.Length > 0)
        {
            DocText.Append(doc.Append(doc.Length > start ? "; DOI <c>" : "DOI <c>"), figure.Doi).Append("</c>");
        }

        if (doc.Length > start)
        {
            doc.Insert(start, "\n/// <para>").Append(".</para>");
        }
    }

    /// <summary>The figure's XML doc: written per record when it is encoded, per GMT line only when its member is.</summary>
    internal static string DocOf(EncodedFigure figure) => figure.Doc.Length > 0 ? figure.Doc : FigureDoc(figure.Record, captionLength: 0);

    private static string FigureDoc(FigureRecord figure, int captionLength)
    {
        // One builder per thread writes the whole comment: no string per line, per escaped value or per join.
        var doc = t_doc ?? new StringBuilder(4096);
        t_doc = null;
        doc.Clear().Append("/// <summary>");
        if (figure.Title.Length > 0)
        {
            DocText.Append(doc, figure.Title);
        }
        else
        {
            DocText.Append(doc.Append("Figure "), figure.Id);
        }

        doc.Append("</summary>\n/// <remarks>");
        if (captionLength > 0 && figure.Caption.Length > 0)
        {
            DocText.Append(doc.Append("\n/// <para>"), figure.Caption, captionLength).Append("</para>");
        }

        DocText.Append(doc.Append("\n/// <para>Figure <c>"), figure.Id).Append("</c>");
        if (figure.Number.Length > 0)
        {
            DocText.Append(doc.Append(" ("), figure.Number).Append(')');
        }

        if (figure.PaperTitle.Length > 0)
        {
            DocText.Append(doc.Append(" in "), figure.PaperTitle);
        }

        if (figure.Year is { } year)
        {
            doc.Append(" (").Append(year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        }

        doc.Append(".</para>");
        AppendPublicationLine(doc, figure);
        doc.Append("\n/// <para><see href=\"");
        DocText.AppendAttribute(doc, figure.Link).Append("\">The figure at PubMed Central</see></para>\n/// </remarks>");
        var text = doc.ToString();
        if (doc.Capacity <= MaxKeptChars)
        {
            t_doc = doc;
        }

        return text;
    }
}
