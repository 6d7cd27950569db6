namespace PfocrGen.Model;

/// <summary>
/// Where a value stands in its file: the character span and the zero-based line and column of its start.
/// Kept as four integers (not a Roslyn <c>Location</c>) so models stay plain, equatable data.
/// </summary>
internal readonly record struct TextPosition(int Start, int Length, int Line, int Column)
{
    /// <summary>The first character of a file: where file-level problems are reported.</summary>
    public static readonly TextPosition FileStart = new(0, 0, 0, 0);
}
