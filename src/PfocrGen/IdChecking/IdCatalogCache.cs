using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PfocrGen.IdChecking;

/// <summary>
/// Shares one <see cref="KnownIds"/> between compilations over the same generated data. In the IDE every edit is
/// a new compilation, but the generator's cached output keeps the same syntax trees, whose constants are the same
/// string objects: keyed weakly on the index constant (and checked against the other three), the ids are decoded
/// once per data, not once per keystroke. Nothing here holds a compilation or a symbol.
/// What is read from the figure shards (<see cref="Synonyms"/>, <see cref="FigureCounts"/>) is cached the same way, on
/// the shard constants (<see cref="ShardKeyedCache{T}"/>).
/// </summary>
internal static class IdCatalogCache
{
    private static readonly ConditionalWeakTable<string, KnownIds> s_byIndex = new();
    private static readonly ShardKeyedCache<Dictionary<string, List<int>>> s_synonyms = new(BuildSynonyms);
    private static readonly ShardKeyedCache<FigureCounts> s_figureCounts = new(GeneratedIdCatalog.CountFigures);

    public static KnownIds? Get(INamedTypeSymbol tables)
    {
        if (GeneratedIdCatalog.TryRead(tables) is not { } catalog)
        {
            return null;
        }

        lock (s_byIndex)
        {
            if (s_byIndex.TryGetValue(catalog.IndexText, out var cached) && SameData(cached.Catalog, catalog))
            {
                return cached;
            }

            var known = new KnownIds(catalog);
            s_byIndex.Remove(catalog.IndexText);
            s_byIndex.Add(catalog.IndexText, known);
            return known;
        }
    }

    /// <summary>Genes by the words the records give as their synonyms (ignoring case), from the shards.</summary>
    public static IReadOnlyDictionary<string, List<int>> Synonyms(INamedTypeSymbol tables) => s_synonyms.Get(GeneratedIdCatalog.ShardTexts(tables));

    /// <summary>In how many figures each gene, chemical and disease is, from the shards.</summary>
    public static FigureCounts FigureCounts(INamedTypeSymbol tables) => s_figureCounts.Get(GeneratedIdCatalog.ShardTexts(tables));

    private static Dictionary<string, List<int>> BuildSynonyms(string[] shards)
    {
        var synonyms = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, entrezId) in GeneratedIdCatalog.SynonymMentions(shards))
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (!synonyms.TryGetValue(word, out var genes))
            {
                synonyms.Add(word, genes = new List<int>(1));
            }

            if (!genes.Contains(entrezId))
            {
                genes.Add(entrezId);
            }
        }

        return synonyms;
    }

    private static bool SameData(GeneratedIdCatalog cached, GeneratedIdCatalog read)
    {
        for (var i = 0; i < read.Fingerprint.Count; i++)
        {
            if (!ReferenceEquals(cached.Fingerprint[i], read.Fingerprint[i]) && !string.Equals(cached.Fingerprint[i], read.Fingerprint[i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
