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
    private Row? _row;

    public TsvReader(string text, FilePositions positions)
    {
        _text = text;
        _positions = positions;
        _offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>
    /// Reads the next non-blank row. The reader reuses one <see cref="Row"/>, so a file of millions of rows costs no
    /// allocation per row; read what you need from a row before asking for the next.
    /// </summary>
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

            row = _row ??= new Row(_text, _positions);
            row.MoveTo(start, contentEnd);
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
        private int _end;
        private TextPosition? _line;

        public Row(string text, FilePositions positions)
        {
            _text = text;
            _positions = positions;
        }

        internal void MoveTo(int start, int end)
        {
            _end = end;
            _cellStarts.Clear();
            _cellStarts.Add(start);
            for (var i = start; i < end; i++)
            {
                if (_text[i] == '\t')
                {
                    _cellStarts.Add(i + 1);
                }
            }

            _line = null;
        }

        /// <summary>The whole row, for row-level diagnostics; located on first use, since most rows need no location.</summary>
        public TextPosition Line => _line ??= _positions.At(_cellStarts[0], _end - _cellStarts[0]);

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
