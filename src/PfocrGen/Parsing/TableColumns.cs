using System;
using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Column indexes of a sidecar table, looked up by header name. Optional columns are -1 when absent;
/// <see cref="TsvReader.Row.Text"/> reads them as empty.
/// </summary>
internal sealed class TableColumns
{
    public int Word { get; private set; } = -1;
    public int Symbol { get; private set; } = -1;
    public int GeneId { get; private set; } = -1;
    public int Source { get; private set; } = -1;
    public int TaxonomyId { get; private set; } = -1;
    public int Organism { get; private set; } = -1;
    public int Name { get; private set; } = -1;
    public int Mesh { get; private set; } = -1;
    public int OtherId { get; private set; } = -1;

    /// <summary>The columns of <paramref name="kind"/>, or null with the first missing required column.</summary>
    public static TableColumns? For(EntityKind kind, TsvReader.Row header, out string missing)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Text(i).Trim();
            if (!byName.ContainsKey(name))
            {
                byName.Add(name, i);
            }
        }

        var columns = new TableColumns();
        missing = string.Empty;
        var ok = kind switch
        {
            EntityKind.Genes =>
                Require(byName, "word", i => columns.Word = i, ref missing)
                && Require(byName, "ncbigene_symbol", i => columns.Symbol = i, ref missing)
                && Require(byName, "ncbigene_id", i => columns.GeneId = i, ref missing)
                && Require(byName, "source", i => columns.Source = i, ref missing),
            EntityKind.Chemicals =>
                Require(byName, "word", i => columns.Word = i, ref missing)
                && Require(byName, "mesh", i => columns.Mesh = i, ref missing)
                && Require(byName, "chebi", i => columns.OtherId = i, ref missing),
            _ =>
                Require(byName, "word", i => columns.Word = i, ref missing)
                && Require(byName, "mesh", i => columns.Mesh = i, ref missing)
                && Require(byName, "doid", i => columns.OtherId = i, ref missing),
        };

        columns.TaxonomyId = Optional(byName, "organism_id");
        columns.Organism = Optional(byName, "organism_name");
        columns.Name = Optional(byName, "name");
        return ok ? columns : null;
    }

    private static bool Require(Dictionary<string, int> byName, string name, Action<int> set, ref string missing)
    {
        if (byName.TryGetValue(name, out var index))
        {
            set(index);
            return true;
        }

        missing = name;
        return false;
    }

    private static int Optional(Dictionary<string, int> byName, string name) =>
        byName.TryGetValue(name, out var index) ? index : -1;
}
