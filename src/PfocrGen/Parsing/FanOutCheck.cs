using System.Collections.Generic;
using PfocrGen.Diagnostics;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// PFOCR013: an OCR word that fans out to more genes than <c>PfocrGenMaxFanOut</c> (family names such as "p40"
/// or "IL-12" expand to every member), counted over the mentions the gene-source filter keeps. Off by default;
/// users enable it to find the words that inflate gene sets.
/// </summary>
internal static class FanOutCheck
{
    public static EquatableArray<DiagnosticInfo> Find(ParsedFile file, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var figure in file.Figures)
        {
            Check(file.Path, figure.Genes ?? EquatableArray<GeneMention>.Empty, options, diagnostics);
        }

        if (file.Table is { } table)
        {
            Check(file.Path, table.Genes, options, diagnostics);
        }

        return diagnostics.ToEquatableArray();
    }

    private static void Check(string path, EquatableArray<GeneMention> all, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        // Made on the first word: GMT lines (a release has 119,000) have no words, so nothing to count.
        Dictionary<string, (GeneMention First, List<GeneMention> Genes)>? genesByWord = null;
        var order = new List<string>();
        foreach (var mention in all)
        {
            if (mention.Word.Length == 0 || !options.Allows(mention))
            {
                continue;
            }

            genesByWord ??= new Dictionary<string, (GeneMention First, List<GeneMention> Genes)>(System.StringComparer.Ordinal);

            if (!genesByWord.TryGetValue(mention.Word, out var entry))
            {
                genesByWord.Add(mention.Word, entry = (mention, new List<GeneMention>()));
                order.Add(mention.Word);
            }

            if (!entry.Genes.Exists(g => g.EntrezId == mention.EntrezId))
            {
                entry.Genes.Add(mention);
            }
        }

        foreach (var word in order)
        {
            var (first, genes) = genesByWord![word];
            if (genes.Count > options.MaxFanOut)
            {
                var symbols = string.Join(", ", genes.ConvertAll(g => g.Symbol));
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WordFanOut, path, first.WordPosition,
                    word, genes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), symbols,
                    options.MaxFanOut.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }
}
