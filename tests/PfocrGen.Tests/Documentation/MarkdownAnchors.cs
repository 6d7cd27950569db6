using System.Text;
using System.Text.RegularExpressions;

namespace PfocrGen.Tests.Documentation;

/// <summary>
/// The anchors GitHub gives a Markdown file's headings: lower case, every character that is not a letter, mark,
/// digit, connector (<c>_</c>), space or <c>-</c> dropped, spaces turned into <c>-</c>, and <c>-1</c>, <c>-2</c>, …
/// appended to repeats. Headings inside fenced code blocks are not headings.
/// </summary>
internal static class MarkdownAnchors
{
    private static readonly Regex Heading = new(@"^#{1,6}\s+(.*?)\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Dropped = new(@"[^\p{L}\p{M}\p{N}\p{Pc} -]", RegexOptions.CultureInvariant);

    public static IReadOnlySet<string> Of(string markdownPath)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in File.ReadLines(markdownPath))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || Heading.Match(line) is not { Success: true } heading)
            {
                continue;
            }

            var slug = Slug(heading.Groups[1].Value);
            var repeat = seen.TryGetValue(slug, out var count) ? count : 0;
            seen[slug] = repeat + 1;
            anchors.Add(repeat == 0 ? slug : $"{slug}-{repeat}");
        }

        return anchors;
    }

    public static string Slug(string headingText) =>
        Dropped.Replace(headingText.ToLowerInvariant().Normalize(NormalizationForm.FormC), string.Empty).Replace(' ', '-');
}
