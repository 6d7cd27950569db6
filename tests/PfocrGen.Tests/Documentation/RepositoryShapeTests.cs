using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Documentation;

/// <summary>
/// The shape a newcomer relies on (issue #24): a short front door, a performance page that is a summary rather
/// than a diary, scripts that say how to run them, CI that runs the CI scripts, and a solution that shows the
/// generator at work in the sample.
/// </summary>
public sealed class RepositoryShapeTests
{
    [Theory]
    [InlineData("README.md", 250)]
    [InlineData("docs/performance.md", 200)]
    public void Page_stays_within_its_length(string page, int maxLines)
    {
        var lines = File.ReadAllLines(RepositoryRoot.File(page.Split('/'))).Length;

        Assert.True(lines <= maxLines, $"{page} has {lines} lines; keep it within {maxLines} and move details to docs/");
    }

    [Fact]
    public void Every_script_starts_with_its_usage_line()
    {
        string[] kinds = [".sh", ".py", ".R"];
        var scripts = Directory.EnumerateFiles(RepositoryRoot.File("scripts"), "*", SearchOption.AllDirectories)
            .Where(path => kinds.Contains(Path.GetExtension(path), StringComparer.Ordinal))
            .ToList();

        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            var head = File.ReadLines(script).Take(3).ToList();
            Assert.True(
                head.Any(line => line.StartsWith("# Usage: ", StringComparison.Ordinal)),
                $"{Path.GetRelativePath(RepositoryRoot.Path, script)} has no '# Usage: ' line at its top");
        });
    }

    [Fact]
    public void Scripts_live_in_a_folder_that_says_what_they_are_for()
    {
        var folders = Directory.EnumerateFileSystemEntries(RepositoryRoot.File("scripts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["checks", "ci", "dev", "perf"], folders);
    }

    [Fact]
    public void Ci_runs_every_ci_script()
    {
        var ci = File.ReadAllText(RepositoryRoot.File(".ci", "run"));

        Assert.All(
            Directory.EnumerateFiles(RepositoryRoot.File("scripts", "ci")),
            script => Assert.Contains("bash scripts/ci/" + Path.GetFileName(script), ci, StringComparison.Ordinal));
    }

    [Fact]
    public void Solution_lists_the_sample_beside_the_generator_projects()
    {
        var solution = File.ReadAllText(RepositoryRoot.File("PfocrGen.sln"));

        Assert.Contains(@"samples\PfocrGen.Sample\PfocrGen.Sample.csproj", solution, StringComparison.Ordinal);
        Assert.Contains(@"src\PfocrGen\PfocrGen.csproj", solution, StringComparison.Ordinal);
        Assert.Contains(@"src\PfocrGen.CodeFixes\PfocrGen.CodeFixes.csproj", solution, StringComparison.Ordinal);
    }
}
