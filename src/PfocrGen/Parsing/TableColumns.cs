using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Column indexes of a sidecar table, looked up by header name. Optional columns are -1 when absent;
/// <see cref="TsvReader.Row.Text"/> reads them as empty.
/// </summary>
internal sealed class TableColumns
{
    public int Word { get; private set; } = -1;
    public int Match { get; private set; } = -1;
    public int Symbol { get; private set; } = -1;
    public int GeneId { get; private set; } = -1;
    public int Source { get; private set; } = -1;
    public int TaxonomyId { get; private set; } = -1;
    public int Organism { get; private set; } = -1;
    public int Name { get; private set; } = -1;
    public int Mesh { get; private set; } = -1;
    public int OtherId { get; private set; } = -1;

    private static readonly string[] GeneColumns = { "word", "ncbigene_symbol", "ncbigene_id", "source" };
    private static readonly string[] ChemicalColumns = { "word", "mesh", "chebi" };
    private static readonly string[] DiseaseColumns = { "word", "mesh", "doid" };

    /// <summary>The columns of <paramref name="kind"/>, or null with the first missing required column.</summary>
    public static TableColumns? For(EntityKind kind, TsvReader.Row header, out string missing)
    {
        // A header has about ten cells, so each name is found by scanning them in place: no dictionary, no
        // string per header cell. The first cell of a name wins, as it always has.
        var required = kind switch
        {
            EntityKind.Genes => GeneColumns,
            EntityKind.Chemicals => ChemicalColumns,
            _ => DiseaseColumns,
        };

        foreach (var name in required)
        {
            if (Find(header, name) < 0)
            {
                missing = name;
                return null;
            }
        }

        missing = string.Empty;
        var columns = new TableColumns
        {
            Word = Find(header, "word"),
            Match = Find(header, "match"),
            TaxonomyId = Find(header, "organism_id"),
            Organism = Find(header, "organism_name"),
            Name = Find(header, "name"),
        };

        if (kind == EntityKind.Genes)
        {
            columns.Symbol = Find(header, "ncbigene_symbol");
            columns.GeneId = Find(header, "ncbigene_id");
            columns.Source = Find(header, "source");
        }
        else
        {
            columns.Mesh = Find(header, "mesh");
            columns.OtherId = Find(header, kind == EntityKind.Chemicals ? "chebi" : "doid");
        }

        return columns;
    }

    private static int Find(TsvReader.Row header, string name)
    {
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (header.Is(i, name))
            {
                return i;
            }
        }

        return -1;
    }
}
