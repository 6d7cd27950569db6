using Microsoft.CodeAnalysis.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Turns character offsets in a file into <see cref="TextPosition"/>s using Roslyn's own line rules (CRLF, CR,
/// LF, U+0085, U+2028, U+2029), so positions agree with what <c>dotnet build</c> and the IDE print.
/// </summary>
internal sealed class FilePositions
{
    private readonly SourceText _text;
    private TextLine _lastLine;

    // TextLine.LineNumber is a binary search over the line starts each time it is read, so the number of the
    // cached line is kept beside it.
    private int _lastLineNumber = -1;

    public FilePositions(SourceText text) => _text = text;

    public TextPosition At(int offset, int length)
    {
        offset = offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;

        // Readers move forward through a file, so most look-ups fall on the line of the one before, or the next.
        if (_lastLineNumber < 0 || offset < _lastLine.Start || offset >= _lastLine.EndIncludingLineBreak)
        {
            var lines = _text.Lines;
            var number = _lastLineNumber >= 0 && offset >= _lastLine.EndIncludingLineBreak && _lastLineNumber + 1 < lines.Count
                ? _lastLineNumber + 1
                : -1;
            var next = number >= 0 ? lines[number] : default;
            if (number < 0 || next.EndIncludingLineBreak <= offset || next.Start > offset)
            {
                number = lines.IndexOf(offset);
                next = lines[number];
            }

            _lastLine = next;
            _lastLineNumber = number;
        }

        var line = _lastLine;

        // A diagnostic squiggle stays on the line where the value starts.
        var maxLength = line.End - offset;
        if (length > maxLength)
        {
            length = maxLength;
        }

        return new TextPosition(offset, length < 0 ? 0 : length, _lastLineNumber, offset - line.Start);
    }

    /// <summary>The whole of line <paramref name="lineNumber"/> (zero-based), without its line break.</summary>
    public TextPosition Line(int lineNumber)
    {
        var line = _text.Lines[lineNumber];
        return new TextPosition(line.Start, line.End - line.Start, lineNumber, 0);
    }
}
