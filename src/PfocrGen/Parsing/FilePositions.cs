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
    private bool _hasLastLine;

    public FilePositions(SourceText text) => _text = text;

    public TextPosition At(int offset, int length)
    {
        offset = offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;

        // Readers move forward through a file, so most look-ups fall on the line of the one before.
        if (!_hasLastLine || offset < _lastLine.Start || offset >= _lastLine.EndIncludingLineBreak)
        {
            var lines = _text.Lines;
            var next = _hasLastLine && offset >= _lastLine.EndIncludingLineBreak && _lastLine.LineNumber + 1 < lines.Count
                ? lines[_lastLine.LineNumber + 1]
                : default;
            _lastLine = next.EndIncludingLineBreak > offset && next.Start <= offset ? next : lines.GetLineFromPosition(offset);
            _hasLastLine = true;
        }

        var line = _lastLine;

        // A diagnostic squiggle stays on the line where the value starts.
        var maxLength = line.End - offset;
        if (length > maxLength)
        {
            length = maxLength;
        }

        return new TextPosition(offset, length < 0 ? 0 : length, line.LineNumber, offset - line.Start);
    }

    /// <summary>The whole of line <paramref name="lineNumber"/> (zero-based), without its line break.</summary>
    public TextPosition Line(int lineNumber)
    {
        var line = _text.Lines[lineNumber];
        return new TextPosition(line.Start, line.End - line.Start, lineNumber, 0);
    }
}
