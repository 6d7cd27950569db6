using System;

namespace PfocrGen.Parsing;

/// <summary>
/// Finds the YAML front matter of a Markdown record: a first line <c>---</c> and the next line that is
/// <c>---</c> or <c>...</c>. Trailing spaces on the fence lines are allowed, as Jekyll allows them.
/// </summary>
internal static class FrontMatter
{
    /// <summary>
    /// Returns the YAML between the fences and its offset in <paramref name="text"/>, or the reason there is none.
    /// </summary>
    public static bool TryFind(string text, out int bodyStart, out int bodyLength, out string problem)
    {
        bodyStart = 0;
        bodyLength = 0;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (text.Length == start)
        {
            problem = "the file is empty";
            return false;
        }

        var firstLineEnd = LineEnd(text, start);
        if (!IsFence(text, start, firstLineEnd, allowDots: false))
        {
            problem = "the first line is not '---'";
            return false;
        }

        bodyStart = NextLine(text, firstLineEnd);
        for (var lineStart = bodyStart; lineStart < text.Length;)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsFence(text, lineStart, lineEnd, allowDots: true))
            {
                bodyLength = lineStart - bodyStart;
                problem = string.Empty;
                return true;
            }

            lineStart = NextLine(text, lineEnd);
        }

        problem = "the closing '---' line is missing";
        return false;
    }

    private static bool IsFence(string text, int start, int end, bool allowDots)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == 3
            && (string.CompareOrdinal(text, start, "---", 0, 3) == 0
                || (allowDots && string.CompareOrdinal(text, start, "...", 0, 3) == 0));
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOfAny(LineBreaks, start);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    // YAML breaks lines only at CR and LF; U+2028 inside a caption is text, not a fence boundary.
    private static readonly char[] LineBreaks = { '\r', '\n' };
}
