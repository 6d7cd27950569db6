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
/// Synonyms (<see cref="Synonyms"/>) are cached the same way, on the shard constants.
/// </summary>
internal static class IdCatalogCache
{
    private static readonly ConditionalWeakTable<string, KnownIds> s_byIndex = new();
    private static readonly ConditionalWeakTable<string, SynonymEntry> s_synonymsByFirstShard = new();

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

    /// <summary>
    /// Genes by the words the records give as their synonyms (ignoring case), from the shards: shared likewise,
    /// keyed on the first shard constant and checked against every other one (shards change without the index).
    /// </summary>
    public static IReadOnlyDictionary<string, List<int>> Synonyms(INamedTypeSymbol tables)
    {
        var shards = GeneratedIdCatalog.ShardTexts(tables);
        if (shards.Length == 0)
        {
            return new Dictionary<string, List<int>>();
        }

        lock (s_synonymsByFirstShard)
        {
            if (s_synonymsByFirstShard.TryGetValue(shards[0], out var cached) && SameInstances(cached.Shards, shards))
            {
                return cached.Synonyms;
            }
        }

        var entry = new SynonymEntry(shards, BuildSynonyms(shards));
        lock (s_synonymsByFirstShard)
        {
            s_synonymsByFirstShard.Remove(shards[0]);
            s_synonymsByFirstShard.Add(shards[0], entry);
        }

        return entry.Synonyms;
    }

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

    // Shard constants run to megabytes: only the very same strings count as the same data.
    private static bool SameInstances(string[] cached, string[] read)
    {
        if (cached.Length != read.Length)
        {
            return false;
        }

        for (var i = 0; i < read.Length; i++)
        {
            if (!ReferenceEquals(cached[i], read[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record SynonymEntry(string[] Shards, Dictionary<string, List<int>> Synonyms);

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
