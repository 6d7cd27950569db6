using System.Collections.Generic;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Splits tab-separated text into rows and cells, keeping each cell's offset for diagnostics. Rows end at LF or
/// CRLF only; PFOCR tables do not quote cells, so a tab or line break is never part of a value.
/// </summary>
internal sealed class TsvReader
{
    private readonly string _text;
    private readonly FilePositions _positions;
    private int _offset;

    public TsvReader(string text, FilePositions positions)
    {
        _text = text;
        _positions = positions;
        _offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public bool TryReadHeader(out Row header) => TryReadRow(out header);

    /// <summary>Reads the next non-blank row.</summary>
    public bool TryReadRow(out Row row)
    {
        while (_offset < _text.Length)
        {
            var start = _offset;
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            _offset = end + 1;
            var contentEnd = end > start && _text[end - 1] == '\r' ? end - 1 : end;
            if (IsBlank(start, contentEnd))
            {
                continue;
            }

            row = new Row(_text, _positions, start, contentEnd);
            return true;
        }

        row = null!;
        return false;
    }

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public sealed class Row
    {
        private readonly string _text;
        private readonly FilePositions _positions;
        private readonly List<int> _cellStarts = new();
        private readonly int _end;

        public Row(string text, FilePositions positions, int start, int end)
        {
            _text = text;
            _positions = positions;
            _end = end;
            _cellStarts.Add(start);
            for (var i = start; i < end; i++)
            {
                if (text[i] == '\t')
                {
                    _cellStarts.Add(i + 1);
                }
            }

            Line = positions.At(start, end - start);
        }

        /// <summary>The whole row, for row-level diagnostics.</summary>
        public TextPosition Line { get; }

        public IReadOnlyList<int> Cells => _cellStarts;

        public string Text(int column)
        {
            if (column < 0 || column >= _cellStarts.Count)
            {
                return string.Empty;
            }

            var start = _cellStarts[column];
            return _text.Substring(start, CellEnd(column) - start);
        }

        public TextPosition Cell(int column)
        {
            var start = _cellStarts[column];
            return _positions.At(start, CellEnd(column) - start);
        }

        private int CellEnd(int column) => column + 1 < _cellStarts.Count ? _cellStarts[column + 1] - 1 : _end;
    }
}
