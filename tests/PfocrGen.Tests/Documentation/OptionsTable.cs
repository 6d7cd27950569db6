using System.Text.RegularExpressions;

namespace PfocrGen.Tests.Documentation;

/// <summary>
/// One row of a Markdown table of MSBuild options: the property and what the page gives as its default, either a
/// value (written in backticks, as a user would set it) or words for "not set" (<see cref="DefaultValue"/> null).
/// </summary>
internal sealed record OptionRow(string Property, string DefaultCell)
{
    private static readonly Regex Code = new("^`([^`]*)`$", RegexOptions.CultureInvariant);

    public string? DefaultValue => Code.Match(DefaultCell) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>
    /// The rows of the first table whose header has a "Property" and a "Default" column; cells are split on
    /// <c>|</c> that are not inside backticks (a value such as <c>`Symbol;Synonym`</c> may hold a <c>|</c>-free list).
    /// </summary>
    public static IReadOnlyList<OptionRow> Read(string markdownPath)
    {
        var lines = File.ReadAllLines(markdownPath);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = Cells(lines[i]);
            var property = header.FindIndex(c => c == "Property");
            var defaultColumn = header.FindIndex(c => c == "Default");
            if (property < 0 || defaultColumn < 0)
            {
                continue;
            }

            var rows = new List<OptionRow>();
            for (var j = i + 2; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                var cells = Cells(lines[j]);
                rows.Add(new OptionRow(cells[property].Trim('`'), cells[defaultColumn]));
            }

            return rows;
        }

        throw new InvalidDataException($"{markdownPath} has no table with 'Property' and 'Default' columns");
    }

    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        if (!line.StartsWith('|'))
        {
            return cells;
        }

        var inCode = false;
        var start = 1;
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '`')
            {
                inCode = !inCode;
            }
            else if (line[i] == '|' && !inCode && line[i - 1] != '\\')
            {
                cells.Add(line[start..i].Trim());
                start = i + 1;
            }
        }

        return cells;
    }
}
