using System.Text.RegularExpressions;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Documentation;

/// <summary>
/// Every relative link in the repository's Markdown leads somewhere: the file (or folder) exists, and a
/// <c>#fragment</c> names a heading of it. Pages were moved between files (README → docs/, the performance log);
/// this is what keeps a moved section from leaving dead links behind.
/// </summary>
public sealed class DocumentationLinkTests
{
    // [text](target) and [text](target "title"); images too. Autolinks and absolute URLs are not checked.
    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);

    public static TheoryData<string> Pages()
    {
        var root = RepositoryRoot.Path;
        var pages = new TheoryData<string>();
        foreach (var path in new[] { "README.md", "CONTRIBUTING.md", Path.Combine("src", "PfocrGen", "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)))
            .Order(StringComparer.Ordinal))
        {
            pages.Add(path.Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_resolves_to_a_file_and_heading(string page)
    {
        var path = RepositoryRoot.File(page.Split('/'));
        var broken = new List<string>();
        var inFence = false;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match match in Link.Matches(line))
            {
                if (Problem(path, match.Groups["target"].Value) is { } problem)
                {
                    broken.Add($"{page}:{number}: {match.Groups["target"].Value}: {problem}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Anchor_rules_match_githubs_for_the_headings_these_pages_use()
    {
        Assert.Equal("use-the-generator-from-source-project-reference", MarkdownAnchors.Slug("Use the generator from source (project reference)"));
        Assert.Equal("ncbi-gene_info", MarkdownAnchors.Slug("NCBI gene_info"));
        Assert.Equal("figuresenrich-against-r-on-the-real-mouse-release-gmt", MarkdownAnchors.Slug("`Figures.Enrich` against R on the real mouse release GMT"));
        Assert.Equal("run-7-every-row-of-issue-12-in-one-run", MarkdownAnchors.Slug("Run 7: every row of issue #12 in one run"));
    }

    private static string? Problem(string page, string target)
    {
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = target.IndexOf('#');
        var file = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var resolved = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)));
        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file";
        }

        if (fragment is null || !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return MarkdownAnchors.Of(resolved).Contains(fragment) ? null : "no such heading";
    }
}
