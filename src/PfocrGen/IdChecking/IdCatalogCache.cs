using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PfocrGen.IdChecking;

/// <summary>
/// Shares one <see cref="KnownIds"/> between compilations over the same generated data. In the IDE every edit is
/// a new compilation, but the generator's cached output keeps the same syntax trees, whose constants are the same
/// string objects: keyed weakly on the index constant (and checked against the other three), the ids are decoded
/// once per data, not once per keystroke. Nothing here holds a compilation or a symbol.
/// </summary>
internal static class IdCatalogCache
{
    private static readonly ConditionalWeakTable<string, KnownIds> s_byIndex = new();

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
