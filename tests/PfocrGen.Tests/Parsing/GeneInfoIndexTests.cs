using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Building;
using PfocrGen.Model;
using PfocrGen.Parsing;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Parsing;

/// <summary>
/// The gene_info index (sorted ids into the files' rows) and the parsed files' compact columns, against an independent
/// reading of the same text: every row, every file, the first path's row for an id several files list.
/// </summary>
public sealed class GeneInfoIndexTests
{
    [Fact]
    public void Every_row_of_several_files_answers_as_an_independent_reading_does()
    {
        // Files given out of path order, some of them empty, ids shared between files.
        var texts = new[]
        {
            ("ncbi/A_empty.gene_info", GeneInfoText.File()),
            ("ncbi/B_empty.gene_info", GeneInfoText.File()),
            ("ncbi/Mus_musculus.gene_info", Rows(10090, seed: 2, count: 3000, firstId: 500)),
            ("ncbi/Danio_rerio.gene_info", GeneInfoText.File()),
            ("ncbi/Homo_sapiens.gene_info", Rows(9606, seed: 1, count: 4000, firstId: 1)),
            ("ncbi/Danio_rerio_2.gene_info", Rows(7955, seed: 3, count: 50, firstId: 3990)),
        };
        var files = texts.Select(t => GeneInfoParser.Parse(t.Item1, SourceText.From(t.Item2), CancellationToken.None)).ToImmutableArray();
        var index = GeneInfoIndex.Build(files);

        var expected = new Dictionary<int, (string Path, string[] Cells, int Line)>();
        foreach (var (path, text) in texts.OrderBy(t => t.Item1, StringComparer.Ordinal))
        {
            var lines = text.Split('\n');
            for (var line = 1; line < lines.Length; line++)
            {
                var cells = lines[line].TrimEnd('\r').Split('\t');
                if (cells.Length > 2)
                {
                    expected.TryAdd(int.Parse(cells[1]), (path, cells, line));
                }
            }
        }

        Assert.Equal(expected.Count, index.Count);
        foreach (var (id, (path, cells, line)) in expected)
        {
            Assert.True(index.TryGet(id, out var row), $"gene {id}");
            Assert.Equal(path, row.Path);
            Assert.Equal(int.Parse(cells[0]), row.TaxonomyId);
            Assert.Equal(Value(cells[2]), row.Symbol);
            Assert.Equal(Value(cells[11]).Length > 0 ? Value(cells[11]) : Value(cells[8]), row.FullName);
            Assert.Equal(Value(cells[4]).Length == 0 ? [] : Value(cells[4]).Split('|'), row.Synonyms);
            Assert.Equal((line, cells[0].Length + cells[1].Length + 2), (row.SymbolPosition.Line, row.SymbolPosition.Column));
        }

        foreach (var absent in new[] { 0, 499_999, int.MaxValue })
        {
            Assert.False(index.TryGet(absent, out _));
        }
    }

    [Fact]
    public void No_files_index_nothing() =>
        Assert.False(GeneInfoIndex.Build(ImmutableArray<GeneInfoFile>.Empty).TryGet(1, out _));

    // NCBI's value for a cell: "-" is none; the parser trims.
    private static string Value(string cell) => cell.Trim() == "-" ? string.Empty : cell.Trim();

    // Rows with what real files have: no synonyms, several, a symbol of non-ASCII letters, no full name (the
    // description then), padded cells, CRLF line ends; ids ascending from firstId in steps of 1 or 2.
    private static string Rows(int taxon, int seed, int count, int firstId)
    {
        var random = new Random(seed);
        var rows = new List<string>();
        var id = firstId;
        for (var i = 0; i < count; i++)
        {
            var symbol = random.Next(10) switch { 0 => "Ç" + i, 1 => " Pad" + i + " ", _ => "Gene" + i };
            var synonyms = random.Next(3) switch { 0 => "-", 1 => "S" + i, _ => $"S{i}|Alias {i}|α{i}" };
            var description = random.Next(4) == 0 ? "-" : "protein " + i;
            var fullName = random.Next(2) == 0 ? "-" : "full name " + i + " (nomenclature)";
            rows.Add(GeneInfoText.Row(taxon, id, symbol, synonyms, description, fullName) + (random.Next(5) == 0 ? "\r" : ""));
            id += 1 + random.Next(2);
        }

        return GeneInfoText.File(rows.ToArray());
    }
}
