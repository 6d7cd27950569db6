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
/// <remarks>
/// Kept as two int arrays sorted by gene id (8 bytes a row) rather than a dictionary of rows (~36 bytes a row, 17 MB
/// for a release's six species): the dataset step looks up some tens of thousands of genes, a binary search each.
/// </remarks>
internal sealed class GeneInfoIndex
{
    public static readonly GeneInfoIndex Empty = new(Array.Empty<GeneInfoFile>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), ImmutableArray<GeneInfoFile>.Empty);

    // The files in ordinal path order, and the first row number of each when their rows are numbered on end.
    private readonly GeneInfoFile[] _ordered;
    private readonly int[] _firstRows;

    // The distinct gene ids, ascending, and the row number of each.
    private readonly int[] _ids;
    private readonly int[] _rows;

    private GeneInfoIndex(GeneInfoFile[] ordered, int[] firstRows, int[] ids, int[] rows, ImmutableArray<GeneInfoFile> files)
    {
        _ordered = ordered;
        _firstRows = firstRows;
        _ids = ids;
        _rows = rows;
        Files = files;
    }

    public int Count => _ids.Length;

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
        var firstRows = new int[ordered.Count];
        var total = 0;
        for (var f = 0; f < ordered.Count; f++)
        {
            firstRows[f] = total;
            total += ordered[f].Count;
        }

        // Each row as (id, row number) in one long, so one sort orders by id and, for an id in several files, puts
        // the first file's row first (row numbers follow the path order); a file lists an id once (the parser).
        var keys = new long[total];
        for (var f = 0; f < ordered.Count; f++)
        {
            var ids = ordered[f].EntrezIds;
            for (var i = 0; i < ids.Count; i++)
            {
                keys[firstRows[f] + i] = ((long)ids[i] << 32) | (uint)(firstRows[f] + i);
            }
        }

        Array.Sort(keys);
        var distinctIds = new List<int>(total);
        var rows = new List<int>(total);
        foreach (var key in keys)
        {
            var id = (int)(key >> 32);
            if (distinctIds.Count == 0 || distinctIds[distinctIds.Count - 1] != id)
            {
                distinctIds.Add(id);
                rows.Add((int)(uint)key);
            }
        }

        return new GeneInfoIndex(ordered.ToArray(), firstRows, distinctIds.ToArray(), rows.ToArray(), files);
    }

    public bool TryGet(int entrezId, out GeneInfoRow row)
    {
        var at = Array.BinarySearch(_ids, entrezId);
        if (at < 0)
        {
            row = default;
            return false;
        }

        // The row's file: the last whose rows start at or before it (a file without rows starts where the next does).
        var number = _rows[at];
        var (low, high) = (0, _firstRows.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_firstRows[middle] <= number)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        row = new GeneInfoRow(_ordered[low], number - _firstRows[low]);
        return true;
    }
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
    public string[] Synonyms => _file.Synonyms[_row] is { Length: > 0 } synonyms ? synonyms.Split('|') : Array.Empty<string>();

    /// <summary>The organism: known by its taxon, else named by the file (<c>Mus_musculus.gene_info</c>), else "".</summary>
    public string Organism => Taxa.NameOf(TaxonomyId) is { Length: > 0 } name ? name : _file.Organism;

    public string Path => _file.Path;

    public TextPosition SymbolPosition => _file.SymbolPositions[_row];
}
