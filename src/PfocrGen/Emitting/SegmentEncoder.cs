using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Emitting;

/// <summary>
/// Encodes one parsed file's data segments (layout read back by the generated <c>PfocrTables</c>) and writes a
/// figure's XML doc. Runs per file in the pipeline.
/// </summary>
internal static class SegmentEncoder
{
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
                FigureDoc(figure, options.DocCaptionLength))
            {
                GeneDigest = figure.Genes is { } mentions ? GeneDigest.Of(mentions, options) : GeneDigest.Empty,
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
            TableGenes = file.Table is { Kind: EntityKind.Genes } tableOfGenes ? GeneDigest.Of(tableOfGenes.Genes, options) : GeneDigest.Empty,
        };
    }

    private static EncodedSegment EncodeMeta(FigureRecord figure)
    {
        var writer = new DataStreamWriter(figure.Caption.Length + figure.Title.Length + 256);
        writer.WriteString(figure.Id);
        writer.WriteString(figure.Pmcid);
        writer.WriteString(figure.Title);
        writer.WriteString(figure.Caption);
        writer.WriteString(figure.Number);
        writer.WriteInt(figure.Year ?? 0);
        writer.WriteString(figure.Link);
        writer.WriteString(figure.PaperTitle);
        writer.WriteString(figure.Reference);
        writer.WriteInt(figure.Organisms.Count);
        foreach (var organism in figure.Organisms)
        {
            writer.WriteString(organism);
        }

        return new EncodedSegment(writer.ToEquatableArray());
    }

    private static EncodedSegment EncodeGenes(EquatableArray<GeneMention> genes)
    {
        var writer = new DataStreamWriter(genes.Count * 24);
        writer.WriteInt(genes.Count);
        foreach (var gene in genes)
        {
            writer.WriteString(gene.Word);
            writer.WriteString(gene.Source);
            writer.WriteInt(gene.EntrezId);
        }

        return new EncodedSegment(writer.ToEquatableArray());
    }

    private static EncodedSegment EncodeEntities(EquatableArray<EntityMention> entities)
    {
        var writer = new DataStreamWriter(entities.Count * 24);
        writer.WriteInt(entities.Count);
        foreach (var entity in entities)
        {
            writer.WriteString(entity.Word);
            writer.WriteString(entity.Key);
        }

        return new EncodedSegment(writer.ToEquatableArray());
    }

    private static string FigureDoc(FigureRecord figure, int captionLength)
    {
        var lines = new List<string>
        {
            "/// <summary>" + DocText.Escape(figure.Title.Length > 0 ? figure.Title : "Figure " + figure.Id) + "</summary>",
            "/// <remarks>",
        };

        if (captionLength > 0 && figure.Caption.Length > 0)
        {
            lines.Add("/// <para>" + DocText.Escape(figure.Caption, captionLength) + "</para>");
        }

        lines.Add("/// <para>Figure <c>" + DocText.Escape(figure.Id) + "</c>"
            + (figure.Number.Length > 0 ? " (" + DocText.Escape(figure.Number) + ")" : string.Empty)
            + (figure.PaperTitle.Length > 0 ? " in " + DocText.Escape(figure.PaperTitle) : string.Empty)
            + (figure.Year is { } year ? " (" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)
            + ".</para>");
        lines.Add("/// <para><see href=\"" + DocText.Attribute(figure.Link) + "\">The figure at PubMed Central</see></para>");
        lines.Add("/// </remarks>");
        return string.Join("\n", lines);
    }
}
