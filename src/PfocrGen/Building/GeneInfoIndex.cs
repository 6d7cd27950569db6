using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PfocrGen.Model;

namespace PfocrGen.Building;

/// <summary>
/// Every <c>gene_info</c> row by NCBI gene id, across files. Its own pipeline step over the <c>gene_info</c> files
/// alone, so it is built again only when such a file changes; a record edit reuses it and the dataset step only
/// looks up the genes some figure mentions. Compared by reference: it is rebuilt only when its files changed, and
/// then everything downstream must see the new rows anyway.
/// </summary>
internal sealed class GeneInfoIndex
{
    public static readonly GeneInfoIndex Empty = new(new Dictionary<int, GeneInfoRow>(), ImmutableArray<GeneInfoFile>.Empty);

    private readonly Dictionary<int, GeneInfoRow> _rows;

    private GeneInfoIndex(Dictionary<int, GeneInfoRow> rows, ImmutableArray<GeneInfoFile> files)
    {
        _rows = rows;
        Files = files;
    }

    public int Count => _rows.Count;

    /// <summary>The files indexed, as given: the dataset's inputs (<see cref="DatasetInputs"/>).</summary>
    public ImmutableArray<GeneInfoFile> Files { get; }

    /// <summary>An id listed by several files keeps the row of the ordinally first path, whatever the file order.</summary>
    public static GeneInfoIndex Build(ImmutableArray<GeneInfoFile> files)
    {
        if (files.IsDefaultOrEmpty)
        {
            return Empty;
        }

        var ordered = new List<GeneInfoFile>(files);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var capacity = 0;
        foreach (var file in ordered)
        {
            capacity += file.Count;
        }

        var rows = new Dictionary<int, GeneInfoRow>(capacity);
        foreach (var file in ordered)
        {
            for (var i = 0; i < file.Count; i++)
            {
                if (!rows.ContainsKey(file.EntrezIds[i]))
                {
                    rows.Add(file.EntrezIds[i], new GeneInfoRow(file, i));
                }
            }
        }

        return new GeneInfoIndex(rows, files);
    }

    public bool TryGet(int entrezId, out GeneInfoRow row) => _rows.TryGetValue(entrezId, out row);
}

/// <summary>One gene's row of a <see cref="GeneInfoFile"/>.</summary>
internal readonly struct GeneInfoRow
{
    private readonly GeneInfoFile _file;
    private readonly int _row;

    public GeneInfoRow(GeneInfoFile file, int row)
    {
        _file = file;
        _row = row;
    }

    public int TaxonomyId => _file.TaxonomyIds[_row];

    public string Symbol => _file.Symbols[_row];

    public string FullName => _file.FullNames[_row];

    /// <summary>The gene's synonyms, in NCBI's order.</summary>
    public string[] Synonyms => _file.Synonyms[_row].Length == 0 ? Array.Empty<string>() : _file.Synonyms[_row].Split('|');

    /// <summary>The organism: known by its taxon, else named by the file (<c>Mus_musculus.gene_info</c>), else "".</summary>
    public string Organism => Taxa.NameOf(TaxonomyId) is { Length: > 0 } name ? name : _file.Organism;

    public string Path => _file.Path;

    public TextPosition SymbolPosition => _file.SymbolPositions[_row];
}
