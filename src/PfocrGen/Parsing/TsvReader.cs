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
        private readonly List<int> _cellStarts = new(16); // PFOCR tables have 4 to 11 columns
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

        /// <summary>
        /// The cell's text, trimmed when <paramref name="trim"/> (as <see cref="string.Trim()"/>); <paramref name="known"/>
        /// itself when the cell holds the same text. Tables repeat a few values (the source, the organism, a symbol
        /// equal to its word) down every row; sharing one string keeps them from being allocated, and kept, per row.
        /// </summary>
        public string Text(int column, bool trim, string? known)
        {
            if (column < 0 || column >= _cellStarts.Count)
            {
                return string.Empty;
            }

            var start = _cellStarts[column];
            var end = CellEnd(column);
            if (trim)
            {
                Trim(ref start, ref end);
            }

            var length = end - start;
            if (known is not null && known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0)
            {
                return known;
            }

            return length == 0 ? string.Empty : _text.Substring(start, length);
        }

        /// <summary>The cell, trimmed, as a range of the file's text: for a reader that copies it elsewhere without a substring.</summary>
        public (string Text, int Start, int Length) Range(int column)
        {
            if (column < 0 || column >= _cellStarts.Count)
            {
                return (string.Empty, 0, 0);
            }

            var start = _cellStarts[column];
            var end = CellEnd(column);
            Trim(ref start, ref end);
            return (_text, start, end - start);
        }

        /// <summary>Whether the cell, trimmed, is <paramref name="value"/>; reads no substring.</summary>
        public bool Is(int column, string value)
        {
            var start = _cellStarts[column];
            var end = CellEnd(column);
            Trim(ref start, ref end);
            return end - start == value.Length && string.CompareOrdinal(_text, start, value, 0, value.Length) == 0;
        }

        /// <summary>
        /// Reads an id cell in place: <see cref="IdCell.Empty"/> for blank, <c>NA</c> or <c>.na.character</c>;
        /// <see cref="IdCell.Positive"/> for plain ASCII digits with a value above zero. Anything else is
        /// <see cref="IdCell.Other"/>, for the caller to read as text, so odd cells keep their exact old handling.
        /// </summary>
        public IdCell ReadId(int column, out int value)
        {
            value = 0;
            if (column < 0 || column >= _cellStarts.Count)
            {
                return IdCell.Empty;
            }

            var start = _cellStarts[column];
            var end = CellEnd(column);
            Trim(ref start, ref end);
            var length = end - start;
            if (length == 0
                || (length == 2 && _text[start] == 'N' && _text[start + 1] == 'A')
                || (length == Placeholders.RNa.Length && string.CompareOrdinal(_text, start, Placeholders.RNa, 0, length) == 0))
            {
                return IdCell.Empty;
            }

            // Nine digits cannot overflow an int; longer ids (none are) take the general path.
            if (length > 9)
            {
                return IdCell.Other;
            }

            var result = 0;
            for (var i = start; i < end; i++)
            {
                var digit = _text[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return IdCell.Other;
                }

                result = (result * 10) + digit;
            }

            if (result == 0)
            {
                return IdCell.Other;
            }

            value = result;
            return IdCell.Positive;
        }

        public TextPosition Cell(int column)
        {
            var start = _cellStarts[column];
            return _positions.At(start, CellEnd(column) - start);
        }

        private void Trim(ref int start, ref int end)
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }
        }

        private int CellEnd(int column) => column + 1 < _cellStarts.Count ? _cellStarts[column + 1] - 1 : _end;
    }
}
