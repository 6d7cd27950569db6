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

    public FilePositions(SourceText text) => _text = text;

    public TextPosition At(int offset, int length)
    {
        offset = offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;
        var line = _text.Lines.GetLineFromPosition(offset);

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
