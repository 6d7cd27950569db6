using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace PfocrGen.Parsing;

/// <summary>
/// Reads the front matter PFOCR's writer produces straight into the tree <see cref="YamlTreeLoader"/> would build
/// from it, with the same values and positions, in one pass over the text and without YamlDotNet: block mappings
/// of word keys (or single-quoted ones such as <c>'@id'</c>), plain and quoted scalars folded across lines, lists
/// written with <c>- </c> (of scalars, or of mappings as in the older layouts' <c>genes:</c>) and <c>[]</c>.
/// </summary>
/// <remarks>
/// Anything else — comments, blank lines, anchors, tags, flow collections, block scalars, escapes, tabs, CR line
/// breaks, unusual indentation, empty values, duplicate keys, a limit of <see cref="SafetyLimits"/> reached — makes
/// it return null, and the caller loads the text with YamlDotNet. So the scanner never reports a diagnostic: every
/// diagnostic, and every tree of a text outside this subset, still comes from the loader. The tests compare the two
/// on every real record, on synthetic ones and on damaged ones.
/// </remarks>
internal sealed class FrontMatterScanner
{
    // Deeper than any PFOCR layout (3) and well under SafetyLimits.MaxDepth, so that limit stays the loader's to report.
    private const int MaxDepth = 16;

    // YamlDotNet refuses simple keys longer than 1024 characters; PFOCR's keys are single words.
    private const int MaxKeyLength = 128;

    // Mappings with more keys than this find duplicates with a set instead of scanning, as the loader does.
    private const int ScannedKeys = 32;

    // One builder per thread for scalars folded across lines or with '' in them; only one scalar is built at a time.
    [ThreadStatic]
    private static StringBuilder? t_folded;

    private readonly string _text;
    private readonly int _end;
    private readonly FilePositions _positions;
    private readonly CancellationToken _cancellationToken;

    // The next character to read. Between entries it is at the start of a line (or at _end).
    private int _pos;
    private int _nodes;
    private int _depth;

    // Children of the open collections, innermost last, as in the loader: each becomes one exact-size array.
    private YamlNode[] _children = new YamlNode[64];
    private int _childCount;

    private FrontMatterScanner(string text, int start, int length, FilePositions positions, CancellationToken cancellationToken)
    {
        _text = text;
        _pos = start;
        _end = start + length;
        _positions = positions;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The tree of the YAML at <paramref name="bodyStart"/> (<paramref name="bodyLength"/> characters) of
    /// <paramref name="content"/>, or null when the text is not of the shape this scanner reads.
    /// </summary>
    public static YamlMapping? TryRead(string content, int bodyStart, int bodyLength, FilePositions positions, CancellationToken cancellationToken)
    {
        var scanner = new FrontMatterScanner(content, bodyStart, bodyLength, positions, cancellationToken);
        if (scanner._pos == scanner._end || scanner.IndentAt(scanner._pos) != 0)
        {
            return null;
        }

        var root = scanner.ReadMapping(0);
        return root is not null && scanner._pos == scanner._end ? root : null;
    }

    /// <summary>A block mapping whose first key is at <see cref="_pos"/>, in column <paramref name="column"/>.</summary>
    private YamlMapping? ReadMapping(int column)
    {
        // YamlDotNet places a block mapping's start, zero characters wide, on its first key.
        var mapping = new YamlMapping(_positions.At(_pos, 0));
        if (!Enter())
        {
            return null;
        }

        var first = _childCount;
        HashSet<string>? keys = null;
        long size = 1;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var key = ReadKey();
            if (key is null || IsDuplicate(first, key.Value, ref keys))
            {
                return null;
            }

            Push(key);
            var value = ReadValue(column);
            if (value is null)
            {
                return null;
            }

            Push(value);
            size += 1 + value.ExpandedSize;
            var following = Following(column);
            if (following == LineAfterEntry.Unreadable)
            {
                return null;
            }

            if (following == LineAfterEntry.End)
            {
                break;
            }

            _pos += column;
        }

        var count = (_childCount - first) / 2;
        var entries = new KeyValuePair<YamlScalar, YamlNode>[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new KeyValuePair<YamlScalar, YamlNode>((YamlScalar)_children[first + (2 * i)], _children[first + (2 * i) + 1]);
        }

        mapping.Entries = entries;
        mapping.ExpandedSize = size;
        Pop(first);
        return mapping;
    }

    /// <summary>A list whose first <c>-</c> is at <see cref="_pos"/>, in column <paramref name="column"/>.</summary>
    private YamlSequence? ReadSequence(int column, bool indentless)
    {
        // A list in the column of its key is one token to YamlDotNet that starts at the dash and is one character
        // wide; an indented list starts with an inserted token, zero characters wide, at the dash.
        var sequence = new YamlSequence(_positions.At(_pos, indentless ? 1 : 0));
        if (!Enter())
        {
            return null;
        }

        var first = _childCount;
        long size = 1;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var content = SkipSpaces(_pos + 1);
            if (content == _pos + 1 || AtLineEnd(content))
            {
                return null;
            }

            _pos = content;
            var item = ReadItem(column);
            if (item is null)
            {
                return null;
            }

            Push(item);
            size += item.ExpandedSize;
            var following = Following(column);
            if (following == LineAfterEntry.Unreadable)
            {
                return null;
            }

            if (following == LineAfterEntry.End)
            {
                break;
            }

            if (!IsDash(_pos + column))
            {
                // A list in its key's column ends at the next key; an indented one may not be followed by one.
                if (indentless)
                {
                    break;
                }

                return null;
            }

            _pos += column;
        }

        var items = new YamlNode[_childCount - first];
        Array.Copy(_children, first, items, 0, items.Length);
        sequence.Items = items;
        sequence.ExpandedSize = size;
        Pop(first);
        return sequence;
    }

    /// <summary>What the line at <see cref="_pos"/> is to the collection in <c>column</c> whose entry ends before it.</summary>
    private enum LineAfterEntry
    {
        /// <summary>In the collection's column: its next entry, or for an indentless list perhaps its key's next sibling.</summary>
        SameColumn,

        /// <summary>The text's end, or a line less indented: the collection ends.</summary>
        End,

        /// <summary>More indented, blank or a comment: YAML this scanner leaves to the loader.</summary>
        Unreadable,
    }

    private LineAfterEntry Following(int column)
    {
        if (_pos == _end)
        {
            return LineAfterEntry.End;
        }

        var indent = IndentAt(_pos);
        return indent < 0 || indent > column ? LineAfterEntry.Unreadable
            : indent < column ? LineAfterEntry.End
            : LineAfterEntry.SameColumn;
    }

    /// <summary>A list item after its <c>- </c>: a mapping written on the dash's line (<c>- word: x</c>) or a scalar.</summary>
    private YamlNode? ReadItem(int dashColumn)
    {
        if (IsDash(_pos))
        {
            return null;
        }

        return StartsKey(_pos) ? ReadMapping(_pos - LineStart(_pos)) : ReadInlineValue(dashColumn);
    }

    /// <summary>The value after a key's <c>:</c> (at <see cref="_pos"/>): on the same line, or the lines below.</summary>
    private YamlNode? ReadValue(int column)
    {
        var start = SkipSpaces(_pos);
        if (!AtLineEnd(start))
        {
            if (start == _pos)
            {
                return null;
            }

            _pos = start;
            return ReadInlineValue(column);
        }

        _pos = NextLine(start);
        if (_pos == _end)
        {
            return null;
        }

        var indent = IndentAt(_pos);
        if (indent < 0)
        {
            return null;
        }

        var at = _pos + indent;
        if (IsDash(at) && indent >= column)
        {
            _pos = at;
            return ReadSequence(indent, indentless: indent == column);
        }

        // Nothing more indented below the key is an empty value, which the loader reads (as null) with its own positions.
        if (indent <= column)
        {
            return null;
        }

        _pos = at;
        return ReadMapping(indent);
    }

    /// <summary>A scalar or <c>[]</c> that starts on the current line, at <see cref="_pos"/>.</summary>
    private YamlNode? ReadInlineValue(int blockIndent) => _text[_pos] switch
    {
        '\'' or '"' => ReadQuoted(blockIndent),
        '[' => ReadEmptyList(),

        // A dash followed by text starts a plain scalar (v1 gene words such as -TLR-4); "- " here would be a list.
        '-' => _pos + 1 < _end && _text[_pos + 1] is not (' ' or '\n') ? ReadPlain(blockIndent) : null,

        // Every other indicator that may start a node means YAML this scanner does not read.
        '{' or ']' or '}' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '#' or '?' or ':' => null,
        _ => ReadPlain(blockIndent),
    };

    private YamlSequence? ReadEmptyList()
    {
        var start = _pos;
        if (start + 1 >= _end || _text[start + 1] != ']')
        {
            return null;
        }

        var after = SkipSpaces(start + 2);
        if (!AtLineEnd(after) || !Count())
        {
            return null;
        }

        _pos = NextLine(after);

        // YamlDotNet gives a flow list's start no width, like a block mapping's.
        return new YamlSequence(_positions.At(start, 0));
    }

    /// <summary>A plain scalar: the rest of its line, then every more indented line, each break folded into a space.</summary>
    private YamlScalar? ReadPlain(int blockIndent)
    {
        var start = _pos;
        if (!ScanPlainLine(start, out var end, out var lineEnd))
        {
            return null;
        }

        StringBuilder? folded = null;
        var next = NextLine(lineEnd);
        while (next < _end)
        {
            var indent = SpacesAt(next);
            var at = next + indent;
            if (at == _end || _text[at] is '\n' or '\t' or '#')
            {
                // A blank line folds into a line break, a tab or comment ends the scalar: the loader reads those.
                return null;
            }

            if (indent <= blockIndent)
            {
                break;
            }

            if (!ScanPlainLine(at, out var continuationEnd, out lineEnd))
            {
                return null;
            }

            folded ??= Folded().Append(_text, start, end - start);
            folded.Append(' ').Append(_text, at, continuationEnd - at);
            end = continuationEnd;
            next = NextLine(lineEnd);
        }

        _pos = next;
        return Scalar(folded?.ToString() ?? _text.Substring(start, end - start), isPlain: true, start, end);
    }

    /// <summary>
    /// Checks one line of a plain scalar from <paramref name="start"/>: nothing that would end it early or make it
    /// a key (<c>: </c>, <c> #</c>) and only ordinary characters. Gives where its text ends, without trailing spaces.
    /// </summary>
    private bool ScanPlainLine(int start, out int contentEnd, out int lineEnd)
    {
        contentEnd = start;
        var i = start;
        for (; i < _end; i++)
        {
            var c = _text[i];
            if (c == '\n')
            {
                break;
            }

            if (c == ' ')
            {
                if (i + 1 < _end && _text[i + 1] == '#')
                {
                    lineEnd = i;
                    return false;
                }

                continue;
            }

            if (c == ':' ? i + 1 == _end || _text[i + 1] is ' ' or '\n' : !IsOrdinary(c))
            {
                lineEnd = i;
                return false;
            }

            contentEnd = i + 1;
        }

        lineEnd = i;
        return true;
    }

    /// <summary>
    /// A single- or double-quoted scalar starting at <see cref="_pos"/>, which must be all that is left of its last
    /// line. Breaks fold into spaces as in YAML; a double-quoted scalar with a backslash escape is left to the loader.
    /// </summary>
    private YamlScalar? ReadQuoted(int blockIndent)
    {
        var start = _pos;
        if (!ScanQuoted(start, blockIndent, out var end, out var value))
        {
            return null;
        }

        var after = SkipSpaces(end);
        if (!AtLineEnd(after))
        {
            return null;
        }

        _pos = NextLine(after);
        return Scalar(value, isPlain: false, start, end);
    }

    /// <summary>
    /// Reads the quoted scalar at <paramref name="start"/> (its opening quote): where it ends (after the closing
    /// quote) and its value. Continuation lines must be indented past <paramref name="blockIndent"/>; a negative
    /// <paramref name="blockIndent"/> allows none (a key).
    /// </summary>
    private bool ScanQuoted(int start, int blockIndent, out int end, out string value)
    {
        var quote = _text[start];
        StringBuilder? built = null;
        var segment = start + 1;
        for (var i = segment; i < _end;)
        {
            var c = _text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _end && _text[i + 1] == '\'')
                {
                    // '' is one quote: keep the text up to and including the first of the two.
                    (built ??= Folded()).Append(_text, segment, i + 1 - segment);
                    i += 2;
                    segment = i;
                    continue;
                }

                end = i + 1;
                value = built is null ? _text.Substring(segment, i - segment) : built.Append(_text, segment, i - segment).ToString();
                return true;
            }

            if (c == '\n')
            {
                // The line's trailing spaces and the next line's indentation go; the break becomes one space.
                var trimmed = i;
                while (trimmed > segment && _text[trimmed - 1] == ' ')
                {
                    trimmed--;
                }

                var next = i + 1;
                var indent = SpacesAt(next);
                var at = next + indent;
                if (blockIndent < 0 || indent <= blockIndent || at == _end || _text[at] is '\n' or '\t')
                {
                    break;
                }

                (built ??= Folded()).Append(_text, segment, trimmed - segment).Append(' ');
                i = at;
                segment = at;
                continue;
            }

            if (!IsOrdinary(c) || (c == '\\' && quote == '"'))
            {
                break;
            }

            i++;
        }

        end = 0;
        value = string.Empty;
        return false;
    }

    /// <summary>
    /// A key at <see cref="_pos"/> and its <c>:</c>: a word of letters, digits, <c>_</c>, <c>-</c> and <c>.</c>, or a
    /// quoted key on one line. Leaves <see cref="_pos"/> after the colon.
    /// </summary>
    private YamlScalar? ReadKey()
    {
        var start = _pos;
        int end;
        string value;
        if (_text[start] is '\'' or '"')
        {
            if (!ScanQuoted(start, -1, out end, out value))
            {
                return null;
            }
        }
        else
        {
            end = start;
            while (end < _end && end - start <= MaxKeyLength && IsKeyCharacter(_text[end], first: end == start))
            {
                end++;
            }

            value = _text.Substring(start, end - start);
        }

        if (end == start || end - start > MaxKeyLength || end >= _end || _text[end] != ':'
            || (end + 1 < _end && _text[end + 1] is not (' ' or '\n')))
        {
            return null;
        }

        _pos = end + 1;
        return Scalar(value, isPlain: _text[start] is not ('\'' or '"'), start, end);
    }

    /// <summary>Whether the item text at <paramref name="at"/> is a key (a word or quoted text followed by <c>:</c>).</summary>
    private bool StartsKey(int at)
    {
        if (_text[at] is '\'' or '"')
        {
            return ScanQuoted(at, -1, out var end, out _) && end < _end && _text[end] == ':';
        }

        for (var i = at; i < _end && _text[i] != '\n'; i++)
        {
            if (_text[i] == ':' && (i + 1 == _end || _text[i + 1] is ' ' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    private YamlScalar? Scalar(string value, bool isPlain, int start, int end) =>
        value.Length <= SafetyLimits.MaxScalarChars && Count() ? new YamlScalar(value, isPlain, _positions.At(start, end - start)) : null;

    /// <summary>Counts a node; false past the loader's node limit, which is then the loader's to report.</summary>
    private bool Count() => ++_nodes <= SafetyLimits.MaxExpandedNodes;

    private bool Enter()
    {
        _depth++;
        return _depth <= MaxDepth && Count();
    }

    private void Push(YamlNode node)
    {
        if (_childCount == _children.Length)
        {
            Array.Resize(ref _children, _children.Length * 2);
        }

        _children[_childCount++] = node;
    }

    private void Pop(int first)
    {
        Array.Clear(_children, first, _childCount - first);
        _childCount = first;
        _depth--;
    }

    private bool IsDuplicate(int first, string key, ref HashSet<string>? keys)
    {
        if (keys is null)
        {
            if ((_childCount - first) / 2 < ScannedKeys)
            {
                for (var i = first; i < _childCount; i += 2)
                {
                    if (string.Equals(((YamlScalar)_children[i]).Value, key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = first; i < _childCount; i += 2)
            {
                keys.Add(((YamlScalar)_children[i]).Value);
            }
        }

        return !keys.Add(key);
    }

    /// <summary>
    /// The indentation of the line starting at <paramref name="lineStart"/>, or -1 when the line is one this scanner
    /// does not read: blank, a tab in the indentation, a comment, or a directive or document marker.
    /// </summary>
    private int IndentAt(int lineStart)
    {
        var indent = SpacesAt(lineStart);
        var at = lineStart + indent;
        if (at == _end || _text[at] is '\n' or '\t' or '#')
        {
            return -1;
        }

        if (indent == 0 && (_text[at] == '%' || StartsMarker(at, '-') || StartsMarker(at, '.')))
        {
            return -1;
        }

        return indent;
    }

    private bool StartsMarker(int at, char c) => at + 2 < _end && _text[at] == c && _text[at + 1] == c && _text[at + 2] == c;

    private int SpacesAt(int at)
    {
        var i = at;
        while (i < _end && _text[i] == ' ')
        {
            i++;
        }

        return i - at;
    }

    private int SkipSpaces(int at) => at + SpacesAt(at);

    private bool AtLineEnd(int at) => at == _end || _text[at] == '\n';

    private int NextLine(int lineEnd) => lineEnd < _end ? lineEnd + 1 : _end;

    private int LineStart(int at)
    {
        while (at > 0 && _text[at - 1] != '\n')
        {
            at--;
        }

        return at;
    }

    /// <summary>A list entry's dash: <c>-</c> followed by a space or the line's end.</summary>
    private bool IsDash(int at) => at < _end && _text[at] == '-' && (at + 1 == _end || _text[at + 1] is ' ' or '\n');

    private static bool IsKeyCharacter(char c, bool first) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (!first && (c == '-' || c == '.'));

    /// <summary>
    /// A character YAML reads as itself inside a scalar, everywhere: printable, not a tab, not a line break (YamlDotNet
    /// also breaks lines at CR, U+0085, U+2028 and U+2029), not a byte-order mark, not half of a surrogate pair.
    /// </summary>
    private static bool IsOrdinary(char c) =>
        c < 0x7F ? c >= 0x20 : c >= 0xA0 && c != '\u2028' && c != '\u2029' && (c < 0xD800 || (c > 0xDFFF && c != '\uFEFF' && c < 0xFFFE));

    private static StringBuilder Folded() => (t_folded ??= new StringBuilder(1024)).Clear();
}
