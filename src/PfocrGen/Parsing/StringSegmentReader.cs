using System;
using System.IO;

namespace PfocrGen.Parsing;

/// <summary>
/// A <see cref="TextReader"/> over part of a string. The front matter is most of a record, and a
/// <see cref="StringReader"/> would need it copied out with <c>Substring</c> first; this reads it in place.
/// YamlDotNet pulls its input in blocks through <see cref="Read(char[], int, int)"/>.
/// </summary>
internal sealed class StringSegmentReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public StringSegmentReader(string text, int start, int length)
    {
        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, _end - _position);
        if (n <= 0)
        {
            return 0;
        }

        _text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override string ReadToEnd()
    {
        var rest = _text.Substring(_position, _end - _position);
        _position = _end;
        return rest;
    }
}
