using System;
using System.Collections.Generic;
using System.Threading;
using PfocrGen.Model;

namespace PfocrGen.IdChecking;

/// <summary>
/// The questions the id checks ask of one generated dataset: is this id known, which known ids are nearest, which
/// typed member has it. Every set and name map is built on the first question that needs it and then shared by
/// all checks (and, through <see cref="IdCatalogCache"/>, by later compilations over the same data).
/// </summary>
internal sealed class KnownIds
{
    private const int SuggestionLimit = 3;

    private readonly Lazy<HashSet<string>> _figures;
    private readonly Lazy<Dictionary<string, string>> _aliases;
    private readonly Lazy<HashSet<string>> _papers;
    private readonly Lazy<Dictionary<string, List<CatalogGene>>> _symbols;
    private readonly Lazy<Dictionary<int, CatalogGene>> _entrez;
    private readonly Lazy<HashSet<string>> _chemicals;
    private readonly Lazy<HashSet<string>> _diseases;
    private readonly Lazy<int> _symbolCount;
    private readonly Lazy<TypedMembers>[] _membersByMode;

    public KnownIds(GeneratedIdCatalog catalog)
    {
        Catalog = catalog;
        _figures = Lazy(() => FigureSet(catalog));
        _aliases = Lazy(() => AliasTargets(catalog));
        _papers = Lazy(() => new HashSet<string>(catalog.Pmcids, StringComparer.Ordinal));
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
        (LookupKind.Figure, string id) => _figures.Value.Contains(id),
        (LookupKind.Paper, string pmcid) => _papers.Value.Contains(pmcid),
        (LookupKind.GeneSymbol, string symbol) => _symbols.Value.ContainsKey(symbol),
        (LookupKind.GeneEntrez, int entrezId) => _entrez.Value.ContainsKey(entrezId),
        (LookupKind.Chemical, string id) => _chemicals.Value.Contains(id),
        (LookupKind.Disease, string id) => _diseases.Value.Contains(id),
        _ => true, // a value of another type is not ours to judge
    };

    /// <summary>The typed member that returns what the lookup of <paramref name="value"/> returns, if there is one.</summary>
    /// <param name="geneMembersOption">The <c>PfocrGenGeneMembers</c> option: where it leaves gene members out no gene has one, as in the generator.</param>
    public (string Type, string Member)? TypedMember(LookupKind kind, object value, FigureMemberMode figureMembersOption, GeneMemberMode geneMembersOption)
    {
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
            LookupKind.Chemical => Quote(NearestIds.Find(value, _chemicals.Value, SuggestionLimit)),
            LookupKind.Disease => Quote(NearestIds.Find(value, _diseases.Value, SuggestionLimit)),
            _ => new List<string>(),
        };
    }

    private List<string> NearestFigureIds(string value)
    {
        var nearest = NearestIds.Find(value, _figures.Value, SuggestionLimit);
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
    private string CanonicalFigureId(string id) => _aliases.Value.TryGetValue(id, out var figid) ? figid : id;

    private static Dictionary<string, string> AliasTargets(GeneratedIdCatalog catalog)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, figure) in catalog.FigureAliases)
        {
            targets[alias] = catalog.FigureIds[figure];
        }

        return targets;
    }

    private static List<string> Quote(List<string> ids) => ids.ConvertAll(id => "'" + id + "'");

    private static HashSet<string> FigureSet(GeneratedIdCatalog catalog)
    {
        var set = new HashSet<string>(catalog.FigureIds, StringComparer.Ordinal);
        foreach (var (alias, _) in catalog.FigureAliases)
        {
            set.Add(alias);
        }

        return set;
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

    // The generated lookups find an entity by its key or either of its ids, ignoring case.
    private static HashSet<string> EntityIds(IReadOnlyList<CatalogEntity> entities)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            ids.Add(entity.Key);
            if (entity.MeshId.Length > 0)
            {
                ids.Add(entity.MeshId);
            }

            if (entity.OtherId.Length > 0)
            {
                ids.Add(entity.OtherId);
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
