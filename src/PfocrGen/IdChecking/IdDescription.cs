using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PfocrGen.Emitting.GeneratedSource;

namespace PfocrGen.IdChecking;

/// <summary>
/// What a known id finds, in words, for PFOCR027: the facts a typed member's doc comment gives (a gene's symbol,
/// NCBI Gene id, organism and figure count, as <c>GeneMembersEmitter</c> writes them; a figure's title and paper),
/// for a lookup that has no typed member to hover. Everything comes from the generated data: the catalog's tables,
/// the figure counts of the shards, and the one shard of a figure.
/// </summary>
internal static class IdDescription
{
    // Several organisms can share a symbol (NCBI symbols are per organism); a message lists this many.
    private const int GenesListed = 5;

    // A title runs to hundreds of characters; a message is read at a glance.
    private const int TitleLength = 100;

    /// <summary>The description of <paramref name="value"/>, or null when it finds nothing.</summary>
    /// <param name="counts">The dataset's figure counts, asked only for genes, chemicals and diseases (a pass over every shard, cached).</param>
    /// <param name="shardText">The constant of one figure shard, or null.</param>
    public static string? Of(KnownIds known, LookupKind kind, object value, Func<FigureCounts> counts, Func<int, string?> shardText) => (kind, value) switch
    {
        (LookupKind.GeneSymbol, string symbol) => Genes(known.GenesWithSymbol(symbol), counts()),
        (LookupKind.GeneEntrez, int entrezId) => known.Gene(entrezId) is { } gene ? Gene(gene, counts()) : null,
        (LookupKind.Figure, string id) => known.Figure(id) is { } figure ? Figure(known.Catalog, figure, shardText) : null,
        (LookupKind.Paper, string pmcid) => known.Paper(pmcid) is { } paper ? Paper(known.Catalog, paper, shardText) : null,
        (LookupKind.Chemical, string id) => known.Chemical(id) is { } chemical ? Entity("chemical", chemical, counts().OfChemical(chemical.Key)) : null,
        (LookupKind.Disease, string id) => known.Disease(id) is { } disease ? Entity("disease", disease, counts().OfDisease(disease.Key)) : null,
        _ => null,
    };

    // "STAT4: NCBI Gene 6775 (Homo sapiens), in 312 figures", as the gene member's doc comment.
    private static string Gene(CatalogGene gene, FigureCounts counts)
    {
        var text = new StringBuilder();
        if (gene.Symbol.Length > 0)
        {
            text.Append(OneLine(gene.Symbol, TitleLength)).Append(": ");
        }

        text.Append("NCBI Gene ").Append(Int(gene.EntrezId));
        if (gene.Organism.Length > 0)
        {
            text.Append(" (").Append(OneLine(gene.Organism, TitleLength)).Append(')');
        }

        return text.Append(", in ").Append(Plural(counts.OfGene(gene.EntrezId), "figure")).ToString();
    }

    // The genes most figures have first: with a symbol in many organisms, the ones a reader most likely means.
    private static string? Genes(IReadOnlyList<CatalogGene> genes, FigureCounts counts)
    {
        if (genes.Count <= 1)
        {
            return genes.Count == 0 ? null : Gene(genes[0], counts);
        }

        var ordered = genes.OrderByDescending(g => counts.OfGene(g.EntrezId)).ThenBy(g => g.EntrezId).ToList();
        var listed = string.Join("; ", ordered.Take(GenesListed).Select(g => Gene(g, counts)));
        var more = genes.Count > GenesListed ? "; and " + Int(genes.Count - GenesListed) + " more" : string.Empty;
        return Plural(genes.Count, "gene") + ": " + listed + more;
    }

    // "figure PMC2869233__ijms-11-00789f3 (Figure 3) 'IL-12 signaling pathway', in 'Interleukin 12 …' (2010), with 12 genes"
    private static string Figure(GeneratedIdCatalog catalog, int figure, Func<int, string?> shardText)
    {
        var text = new StringBuilder("figure ").Append(catalog.FigureIds[figure]);
        if (Read(catalog, figure, shardText) is not { } read)
        {
            return text.ToString();
        }

        if (read.Number.Length > 0)
        {
            text.Append(" (").Append(OneLine(read.Number, TitleLength)).Append(')');
        }

        if (read.Title.Length > 0)
        {
            text.Append(" '").Append(OneLine(read.Title, TitleLength)).Append('\'');
        }

        if (read.PaperTitle.Length > 0)
        {
            text.Append(", in '").Append(OneLine(read.PaperTitle, TitleLength)).Append('\'');
        }

        if (read.Year > 0)
        {
            text.Append(" (").Append(Int(read.Year)).Append(')');
        }

        return text.Append(", with ").Append(Plural(read.GeneCount, "gene")).ToString();
    }

    // "paper PMC2869233 'Interleukin 12 …', with 1 figure": the title as Paper.Title gives it, from its first figure.
    private static string Paper(GeneratedIdCatalog catalog, int paper, Func<int, string?> shardText)
    {
        var figures = catalog.PaperFigures[paper];
        var text = new StringBuilder("paper ").Append(catalog.Pmcids[paper]);
        if (figures.Length > 0 && Read(catalog, figures[0], shardText) is { PaperTitle.Length: > 0 } first)
        {
            text.Append(" '").Append(OneLine(first.PaperTitle, TitleLength)).Append('\'');
        }

        return text.Append(", with ").Append(Plural(figures.Length, "figure")).ToString();
    }

    // "chemical 'ATP' (CHEBI:15422, MESH:D000255), in 1 figure"
    private static string Entity(string noun, CatalogEntity entity, int figures)
    {
        var text = new StringBuilder(noun);
        if (entity.Name.Length > 0)
        {
            text.Append(" '").Append(OneLine(entity.Name, TitleLength)).Append('\'');
        }

        var ids = new List<string> { entity.Key };
        foreach (var id in new[] { entity.OtherId, entity.MeshId })
        {
            if (id.Length > 0 && !ids.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                ids.Add(id);
            }
        }

        text.Append(" (").Append(OneLine(string.Join(", ", ids), TitleLength)).Append(')');
        return text.Append(", in ").Append(Plural(figures, "figure")).ToString();
    }

    private static CatalogFigure? Read(GeneratedIdCatalog catalog, int figure, Func<int, string?> shardText)
    {
        var (shard, slot) = catalog.FigurePlaces[figure];
        return shardText(shard) is { } text ? GeneratedIdCatalog.ReadFigure(text, slot) : null;
    }

    // Record text on one line (a message is one line wherever it is shown), cut at a word where it is long.
    private static string OneLine(string text, int maxLength)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!space || (line.Length > 0 && line[line.Length - 1] != ' '))
            {
                line.Append(space ? ' ' : c);
            }
        }

        var collapsed = line.ToString().Trim();
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', maxLength);
        var end = cut > maxLength / 2 ? cut : maxLength;
        if (char.IsHighSurrogate(collapsed[end - 1]))
        {
            end--; // never half a character
        }

        return collapsed.Substring(0, end).TrimEnd() + "…";
    }
}
