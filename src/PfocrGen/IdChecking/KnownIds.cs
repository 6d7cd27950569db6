using System;
using System.Collections.Generic;
using System.Threading;
using PfocrGen.Model;

namespace PfocrGen.IdChecking;

/// <summary>
/// The questions the id checks ask of one generated dataset: is this id known, what does it find, which known ids
/// are nearest, which typed member has it. Every set and name map is built on the first question that needs it
/// and then shared by all checks (and, through <see cref="IdCatalogCache"/>, by later compilations over the same data).
/// </summary>
internal sealed class KnownIds
{
    private const int SuggestionLimit = 3;

    private readonly Lazy<Dictionary<string, int>> _figures;
    private readonly Lazy<Dictionary<string, int>> _papers;
    private readonly Lazy<Dictionary<string, List<CatalogGene>>> _symbols;
    private readonly Lazy<Dictionary<int, CatalogGene>> _entrez;
    private readonly Lazy<Dictionary<string, int>> _chemicals;
    private readonly Lazy<Dictionary<string, int>> _diseases;
    private readonly Lazy<int> _symbolCount;
    private readonly Lazy<TypedMembers>[] _membersByMode;

    public KnownIds(GeneratedIdCatalog catalog)
    {
        Catalog = catalog;
        _figures = Lazy(() => FigureIndex(catalog));
        _papers = Lazy(() => Positions(catalog.Pmcids));
        _symbols = Lazy(() => BySymbol(catalog.Genes));
        _entrez = Lazy(() => ByEntrez(catalog.Genes));
        _chemicals = Lazy(() => EntityIds(catalog.Chemicals));
        _diseases = Lazy(() => EntityIds(catalog.Diseases));
        _symbolCount = Lazy(() => SymbolCount(catalog.Genes));
        // Indexed by the mode's value, whatever order the enum declares its modes in.
        var modes = (FigureMemberMode[])Enum.GetValues(typeof(FigureMemberMode));
        _membersByMode = new Lazy<TypedMembers>[modes.Length];
        foreach (var mode in modes)
        {
            _membersByMode[(int)mode] = Lazy(() => TypedMembers.Name(catalog, mode));
        }
    }

    public GeneratedIdCatalog Catalog { get; }

    public bool Contains(LookupKind kind, object value) => (kind, value) switch
    {
        (LookupKind.Figure, string id) => _figures.Value.ContainsKey(id),
        (LookupKind.Paper, string pmcid) => _papers.Value.ContainsKey(pmcid),
        (LookupKind.GeneSymbol, string symbol) => _symbols.Value.ContainsKey(symbol),
        (LookupKind.GeneEntrez, int entrezId) => _entrez.Value.ContainsKey(entrezId),
        (LookupKind.Chemical, string id) => _chemicals.Value.ContainsKey(id),
        (LookupKind.Disease, string id) => _diseases.Value.ContainsKey(id),
        _ => true, // a value of another type is not ours to judge
    };

    /// <summary>The figure <c>Figures.ById(id)</c> returns, by id or alias, as an index into the catalog's figures.</summary>
    public int? Figure(string id) => _figures.Value.TryGetValue(id, out var figure) ? figure : null;

    /// <summary>The paper <c>Papers.ById(pmcid)</c> returns, as an index into the catalog's papers.</summary>
    public int? Paper(string pmcid) => _papers.Value.TryGetValue(pmcid, out var paper) ? paper : null;

    /// <summary>The genes <c>Genes.BySymbol(symbol)</c> returns (several organisms can share a symbol); empty for none.</summary>
    public IReadOnlyList<CatalogGene> GenesWithSymbol(string symbol) =>
        _symbols.Value.TryGetValue(symbol, out var genes) ? genes : Array.Empty<CatalogGene>();

    /// <summary>The gene <c>Genes.ByEntrez(entrezId)</c> returns.</summary>
    public CatalogGene? Gene(int entrezId) => _entrez.Value.TryGetValue(entrezId, out var gene) ? gene : null;

    /// <summary>The chemical <c>Chemicals.ById(id)</c> returns (by its key or either id, ignoring case).</summary>
    public CatalogEntity? Chemical(string id) => _chemicals.Value.TryGetValue(id, out var chemical) ? Catalog.Chemicals[chemical] : null;

    /// <summary>The disease <c>Diseases.ById(id)</c> returns (by its key or either id, ignoring case).</summary>
    public CatalogEntity? Disease(string id) => _diseases.Value.TryGetValue(id, out var disease) ? Catalog.Diseases[disease] : null;

    /// <summary>The typed member that returns what the lookup of <paramref name="value"/> returns, if there is one.</summary>
    /// <param name="geneMembersOption">The <c>PfocrGenGeneMembers</c> option: where it leaves gene members out no gene has one, as in the generator.</param>
    public (string Type, string Member)? TypedMember(LookupKind kind, object value, FigureMemberMode figureMembersOption, GeneMemberMode geneMembersOption)
    {
        // Symbols, chemicals and diseases never have one: answered without naming anything (PFOCR027 asks for each).
        if (kind is LookupKind.GeneSymbol or LookupKind.Chemical or LookupKind.Disease)
        {
            return null;
        }

        // Answered before naming: naming every gene of the release is the costly part, and would find no member here.
        if (kind == LookupKind.GeneEntrez && !TypedMemberPolicy.GeneMembers(geneMembersOption, _symbolCount.Value))
        {
            return null;
        }

        var members = _membersByMode[(int)figureMembersOption].Value;
        var (type, name) = (kind, value) switch
        {
            (LookupKind.Figure, string id) => ("Figures", members.Figure(CanonicalFigureId(id))),
            (LookupKind.Paper, string pmcid) => ("Figures", members.Paper(pmcid)),
            (LookupKind.GeneEntrez, int entrezId) => ("Genes", members.Gene(entrezId)),
            _ => (string.Empty, null),
        };
        return name is null ? null : (type, name);
    }

    /// <summary>The nearest known ids, as quoted text ready for a message (genes with their organism).</summary>
    public List<string> Nearest(LookupKind kind, string value, Func<IReadOnlyDictionary<string, List<int>>> synonyms, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return kind switch
        {
            LookupKind.Figure => Quote(NearestFigureIds(value)),
            LookupKind.Paper => Quote(NearestIds.Find(value, Catalog.Pmcids, SuggestionLimit)),
            LookupKind.GeneSymbol => NearestGenes(value, synonyms),
            LookupKind.Chemical => Quote(NearestIds.Find(value, _chemicals.Value.Keys, SuggestionLimit)),
            LookupKind.Disease => Quote(NearestIds.Find(value, _diseases.Value.Keys, SuggestionLimit)),
            _ => new List<string>(),
        };
    }

    private List<string> NearestFigureIds(string value)
    {
        var nearest = NearestIds.Find(value, _figures.Value.Keys, SuggestionLimit);
        if (nearest.Count > 0)
        {
            return nearest;
        }

        // A PMCID, or a figid whose figure part is far off: offer the paper's figures.
        var separator = value.IndexOf("__", StringComparison.Ordinal);
        var prefix = (separator < 0 ? value : value.Substring(0, separator)) + "__";
        foreach (var id in Catalog.FigureIds)
        {
            if (nearest.Count < SuggestionLimit && id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                nearest.Add(id);
            }
        }

        return nearest;
    }

    // The symbol in other case (often the same gene in another organism), the genes that have it as a synonym,
    // then symbols a few edits away.
    private List<string> NearestGenes(string symbol, Func<IReadOnlyDictionary<string, List<int>>> synonyms)
    {
        var suggestions = new List<string>();
        var symbols = _symbols.Value;
        foreach (var near in NearestIds.Find(symbol, symbols.Keys, SuggestionLimit))
        {
            foreach (var gene in symbols[near])
            {
                suggestions.Add($"'{gene.Symbol}' ({Describe(gene)})");
            }
        }

        if (synonyms().TryGetValue(symbol, out var entrezIds))
        {
            foreach (var entrezId in entrezIds)
            {
                if (_entrez.Value.TryGetValue(entrezId, out var gene))
                {
                    suggestions.Insert(0, $"'{gene.Symbol}' ({Describe(gene)}, which has '{symbol}' as a synonym)");
                }
            }
        }

        return suggestions.Count > 2 * SuggestionLimit ? suggestions.GetRange(0, 2 * SuggestionLimit) : suggestions;
    }

    private static string Describe(CatalogGene gene) =>
        (gene.Organism.Length > 0 ? gene.Organism + ", " : string.Empty) + "NCBI Gene " + gene.EntrezId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // An alias has the member of the figure it names.
    private string CanonicalFigureId(string id) => _figures.Value.TryGetValue(id, out var figure) ? Catalog.FigureIds[figure] : id;

    private static List<string> Quote(List<string> ids) => ids.ConvertAll(id => "'" + id + "'");

    // Figures by id, then by alias; as in the generated index, the first to claim an id keeps it.
    private static Dictionary<string, int> FigureIndex(GeneratedIdCatalog catalog)
    {
        var index = Positions(catalog.FigureIds);
        foreach (var (alias, figure) in catalog.FigureAliases)
        {
            if (!index.ContainsKey(alias))
            {
                index.Add(alias, figure);
            }
        }

        return index;
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<string> ids)
    {
        var positions = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!positions.ContainsKey(ids[i]))
            {
                positions.Add(ids[i], i);
            }
        }

        return positions;
    }

    private static Dictionary<string, List<CatalogGene>> BySymbol(IReadOnlyList<CatalogGene> genes)
    {
        var bySymbol = new Dictionary<string, List<CatalogGene>>(StringComparer.Ordinal);
        foreach (var gene in genes)
        {
            if (!bySymbol.TryGetValue(gene.Symbol, out var list))
            {
                bySymbol.Add(gene.Symbol, list = new List<CatalogGene>(1));
            }

            list.Add(gene);
        }

        return bySymbol;
    }

    private static Dictionary<int, CatalogGene> ByEntrez(IReadOnlyList<CatalogGene> genes)
    {
        var byEntrez = new Dictionary<int, CatalogGene>(genes.Count);
        foreach (var gene in genes)
        {
            byEntrez[gene.EntrezId] = gene;
        }

        return byEntrez;
    }

    // The generated lookups find an entity by its key or either of its ids, ignoring case; as in the generated
    // entity table, a key is always its entity's, and another id belongs to the first entity that has it.
    private static Dictionary<string, int> EntityIds(IReadOnlyList<CatalogEntity> entities)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            ids[entity.Key] = e;
            if (entity.MeshId.Length > 0 && !ids.ContainsKey(entity.MeshId))
            {
                ids.Add(entity.MeshId, e);
            }

            if (entity.OtherId.Length > 0 && !ids.ContainsKey(entity.OtherId))
            {
                ids.Add(entity.OtherId, e);
            }
        }

        return ids;
    }

    private static Lazy<T> Lazy<T>(Func<T> create) => new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many genes the generator would give a typed member (those with a symbol), as it counts them.</summary>
    private static int SymbolCount(IReadOnlyList<CatalogGene> genes)
    {
        var count = 0;
        foreach (var gene in genes)
        {
            if (gene.Symbol.Length > 0)
            {
                count++;
            }
        }

        return count;
    }
}
