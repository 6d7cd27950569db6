using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    // The encoder checks every file while the generator runs, and the input analyzer asks for the same file's
    // findings afterwards: kept per parsed file (weakly, so they go with it), the analyzer reads the generator's result
    // instead of counting every mention again (53 MB of dictionaries and lists over 10,000 records).
    private static readonly ConditionalWeakTable<ParsedFile, Found> s_byFile = new();

    public static EquatableArray<DiagnosticInfo> Find(ParsedFile file, GeneratorOptions options)
    {
        if (s_byFile.TryGetValue(file, out var cached) && cached.MaxFanOut == options.MaxFanOut && cached.GeneSources == options.GeneSources)
        {
            return cached.Diagnostics;
        }

        var found = new Found(options.MaxFanOut, options.GeneSources, FindUncached(file, options));
        lock (s_byFile)
        {
            s_byFile.Remove(file);
            s_byFile.Add(file, found);
        }

        return found.Diagnostics;
    }

    private static EquatableArray<DiagnosticInfo> FindUncached(ParsedFile file, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var figure in file.Figures.AsSpan())
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
        // Made on the first word: GMT lines (a release has 119,000) have no words, so nothing to count. The mentions
        // are walked as a span and the genes searched by a plain loop: an enumerator per figure and a closure per
        // mention (C# makes the lambda's capture at the top of each iteration, used or not) were 32 MB a release.
        Dictionary<string, (GeneMention First, List<GeneMention> Genes)>? genesByWord = null;
        List<string>? order = null;
        foreach (var mention in all.AsSpan())
        {
            if (mention.Word.Length == 0 || !options.Allows(mention))
            {
                continue;
            }

            genesByWord ??= new Dictionary<string, (GeneMention First, List<GeneMention> Genes)>(System.StringComparer.Ordinal);
            order ??= new List<string>();

            if (!genesByWord.TryGetValue(mention.Word, out var entry))
            {
                genesByWord.Add(mention.Word, entry = (mention, new List<GeneMention>()));
                order.Add(mention.Word);
            }

            if (!HasGene(entry.Genes, mention.EntrezId))
            {
                entry.Genes.Add(mention);
            }
        }

        if (genesByWord is null)
        {
            return;
        }

        foreach (var word in order!)
        {
            var (first, genes) = genesByWord[word];
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

    private static bool HasGene(List<GeneMention> genes, int entrezId)
    {
        for (var i = 0; i < genes.Count; i++)
        {
            if (genes[i].EntrezId == entrezId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One file's findings and the options they were counted under.</summary>
    private sealed record Found(int MaxFanOut, GeneSourceKinds GeneSources, EquatableArray<DiagnosticInfo> Diagnostics);
}
