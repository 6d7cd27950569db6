using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Parses one figure record (<c>.md</c>) of any PFOCR layout: v1/v2 carry gene, chemical and disease lists in the
/// front matter; v3 carries metadata only and gets its mentions from sidecar tables.
/// </summary>
internal static class RecordParser
{
    public static ParsedFile Parse(string path, SourceText text, CancellationToken cancellationToken) =>
        Parse(path, text, FrontMatterReaders.ScannerFirst, cancellationToken);

    /// <summary>As <see cref="Parse(string, SourceText, CancellationToken)"/>, reading the front matter with <paramref name="reader"/>.</summary>
    internal static ParsedFile Parse(string path, SourceText text, FrontMatterReader reader, CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics();
        var figure = ParseFigure(path, text, reader, diagnostics, cancellationToken);
        return new ParsedFile(
            path,
            figure is null ? EquatableArray<FigureRecord>.Empty : new EquatableArray<FigureRecord>(new[] { figure }),
            null,
            diagnostics.ToEquatableArray());
    }

    private static FigureRecord? ParseFigure(string path, SourceText text, FrontMatterReader reader, FileDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var positions = new FilePositions(text);
        if (diagnostics.ExceedsSize(path, text, positions, SafetyLimits.MaxRecordChars, "the record's size"))
        {
            return null;
        }

        var content = text.ToString();
        if (!FrontMatter.TryFind(content, out var bodyStart, out var bodyLength, out var problem))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MissingFrontMatter, path, text.Lines.Count > 0 ? positions.Line(0) : TextPosition.FileStart,
                FileName(path), problem));
            return null;
        }

        var (root, error) = reader(path, content, bodyStart, bodyLength, positions, cancellationToken);
        if (error is not null)
        {
            diagnostics.Add(error);
            return null;
        }

        var fields = new RecordFields(path, root as YamlMapping ?? new YamlMapping(TextPosition.FileStart), diagnostics);
        if (root is not null and not YamlMapping)
        {
            fields.Report(DiagnosticDescriptors.WrongShape, root.Position, "front matter", "a mapping of fields", root.ShapeName);
        }

        var hasId = fields.TryRequired("figid", out var id, out var idPosition);
        var hasPmcid = fields.TryRequired("pmcid", out var pmcid, out var pmcidPosition);
        if (!hasId || !hasPmcid)
        {
            return null;
        }

        var separator = id.IndexOf("__", StringComparison.Ordinal);
        if (separator > 0 && !string.Equals(id.Substring(0, separator), pmcid, StringComparison.Ordinal))
        {
            fields.Report(DiagnosticDescriptors.PmcidMismatch, pmcidPosition, pmcid, id.Substring(0, separator));
        }

        // Read in the order the fields have always been read, so their diagnostics come in the same order.
        var title = fields.Text("figtitle");
        var caption = fields.Text("caption");
        var number = fields.Text("number");
        var year = ReadYear(fields, out var yearPosition);
        var link = Identifiers.FigureLink(fields.Text("figlink"), pmcid);
        var paperTitle = fields.Text("papertitle");
        var reference = fields.Text("reftext");
        var organisms = fields.TextList("organisms").ToEquatableArray();
        var genes = ReadGenes(fields);
        var chemicals = ReadEntities(fields, "chemicals", "CHEBI");
        var diseases = ReadEntities(fields, "diseases", "DOID");
        return new FigureRecord(path, id, idPosition, pmcid, title, link, organisms, genes, chemicals, ContentFingerprint.OfYaml(root!))
        {
            Details = new RecordDetails
            {
                Caption = caption,
                Number = number,
                Year = year,
                YearPosition = yearPosition,
                PaperTitle = paperTitle,
                Reference = reference,
                Diseases = diseases,
                Alias = fields.Text("figid_alias", out var aliasPosition).Trim(),
                AliasPosition = aliasPosition,
                Doi = fields.Text("doi", out var doiPosition).Trim(),
                DoiPosition = doiPosition,
                JournalTitle = fields.Text("journal_title", out var journalPosition).Trim(),
                JournalTitlePosition = journalPosition,
                JournalAbbreviation = fields.Text("journal_nlm_ta").Trim(),
                Publisher = fields.Text("publisher_name").Trim(),
                Keywords = Keywords.Split(fields.Text("keywords")),
                PathwayScore = ReadPathwayScore(fields),
                FigureType = fields.Text("figtype").Trim(),
                ImageFileName = fields.Text("filename").Trim(),
                NdexId = fields.Text("ndex").Trim(),
                WikiPathwaysId = fields.Text("wpid").Trim(),
                RecognizedOrganisms = fields.TextList("organisms_ner").ToEquatableArray(),
                Annotations = ReadAnnotations(fields),
            },
        };
    }

    // The current layout's automl_pathway replaced pathway_score; a record has one or the other.
    private static string ReadPathwayScore(RecordFields fields)
    {
        var key = fields.Has("automl_pathway") ? "automl_pathway" : "pathway_score";
        var text = fields.Text(key, out var position).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score >= 0 && score <= 1)
        {
            return text;
        }

        fields.Report(DiagnosticDescriptors.InvalidPathwayScore, position, key, text);
        return string.Empty;
    }

    private static EquatableArray<AnnotationEntry> ReadAnnotations(RecordFields fields)
    {
        var items = fields.MappingList("annotations");
        if (items is null || items.Count == 0)
        {
            return EquatableArray<AnnotationEntry>.Empty;
        }

        var annotations = new AnnotationEntry[items.Count];
        for (var i = 0; i < annotations.Length; i++)
        {
            var entry = fields.For(items[i]);
            annotations[i] = new AnnotationEntry(entry.Text("type").Trim(), entry.Text("value").Trim());
        }

        return new EquatableArray<AnnotationEntry>(annotations);
    }

    private static int? ReadYear(RecordFields fields, out TextPosition position)
    {
        var text = fields.Text("year", out position).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1800 && year <= 2200)
        {
            return year;
        }

        fields.Report(DiagnosticDescriptors.ImplausibleYear, position, text);
        return null;
    }

    private static EquatableArray<GeneMention>? ReadGenes(RecordFields fields)
    {
        var items = fields.MappingList("genes");
        if (items is null)
        {
            return null;
        }

        // Built at its final size (one slot per list entry, trimmed if an entry is skipped) instead of a list that
        // is copied into an array afterwards.
        var genes = new GeneMention[items.Count];
        var count = 0;
        foreach (var item in items)
        {
            var entry = fields.For(item);
            var entrez = entry.Text("entrez", out var entrezPosition);
            if (!Identifiers.TryParsePositive(entrez, out var entrezId))
            {
                fields.Report(
                    DiagnosticDescriptors.InvalidGeneId,
                    entrezPosition == TextPosition.FileStart ? item.Position : entrezPosition,
                    "entrez",
                    entrez);
                continue;
            }

            // v1/v2 lists come from the HGNC lexicon only: every gene is human.
            var word = entry.Text("word", out var wordPosition);
            var symbol = entry.Text("hgnc_symbol", out var symbolPosition);
            if (symbol.Length == 0)
            {
                symbol = entry.Text("symbol", out symbolPosition);
            }

            genes[count++] = new GeneMention(
                word,
                entry.Text("source"),
                symbol,
                entrezId,
                Taxa.Human,
                "Homo sapiens",
                symbolPosition == TextPosition.FileStart ? entrezPosition : symbolPosition,
                wordPosition == TextPosition.FileStart ? entrezPosition : wordPosition)
            {
                // v1/v2 entries name the lexicon term the word matched in 'symbol' (hgnc_symbol is the gene's own).
                Match = entry.Text("symbol").Trim(),
            };
        }

        if (count < genes.Length)
        {
            Array.Resize(ref genes, count);
        }

        return new EquatableArray<GeneMention>(genes);
    }

    private static EquatableArray<EntityMention>? ReadEntities(RecordFields fields, string key, string otherVocabulary)
    {
        var items = fields.MappingList(key);
        if (items is null)
        {
            return null;
        }

        var mentions = new EntityMention[items.Count];
        var count = 0;
        foreach (var item in items)
        {
            var entry = fields.For(item);
            var source = entry.Text("source").Trim().ToUpperInvariant();
            var identifier = entry.Text("identifier");
            var isMesh = source.Length == 0 || source == "MESH";
            mentions[count++] = new EntityMention(
                entry.Text("word"),
                entry.Text("name"),
                isMesh ? Identifiers.Vocabulary("MESH", identifier) : string.Empty,
                isMesh ? string.Empty : Identifiers.Vocabulary(source == otherVocabulary ? otherVocabulary : source, identifier));
        }

        return new EquatableArray<EntityMention>(mentions);
    }

    internal static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
    }
}
