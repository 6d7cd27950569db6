namespace PfocrGen.Tests.Infrastructure;

/// <summary>Where test records come from: the sample's records (copied beside the tests) and the shared corpus.</summary>
internal static class TestData
{
    public const string CorpusVariable = "PFOCR_CORPUS";

    /// <summary>The folder of real PFOCR release files (GMTs as PFOCR publishes them).</summary>
    public const string ReleaseVariable = "PFOCR_RELEASE";

    public static string SampleRecordsDirectory => Path.Combine(AppContext.BaseDirectory, "SampleRecords");

    public static string SeedPath => Path.Combine(SampleRecordsDirectory, "PMC2869233__ijms-11-00789f3.md");

    public static (string Path, string Text) Seed => ("figures/PMC2869233__ijms-11-00789f3.md", File.ReadAllText(SeedPath));

    /// <summary>Every sample record and table, with project-relative paths.</summary>
    public static IReadOnlyList<(string Path, string Text)> SampleFiles =>
        Directory.GetFiles(SampleRecordsDirectory)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("figures/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    /// <summary>
    /// The shared real-data corpus, or null when <see cref="CorpusVariable"/> is unset. A set variable that
    /// points nowhere is a broken CI setup and fails loudly.
    /// </summary>
    public static string? CorpusDirectory => DirectoryOf(CorpusVariable);

    /// <summary>The shared release files, or null when <see cref="ReleaseVariable"/> is unset (same rules as the corpus).</summary>
    public static string? ReleaseDirectory => DirectoryOf(ReleaseVariable);

    private static string? DirectoryOf(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var full = Path.GetFullPath(value);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"{variable} is set to '{value}', but '{full}' does not exist.");
        }

        return full;
    }

    /// <summary>Every record and table below <paramref name="folder"/> of the corpus, in ordinal path order.</summary>
    public static List<(string Path, string Text)> CorpusFiles(string folder) =>
        Directory.GetFiles(Path.Combine(CorpusDirectory!, folder), "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
}
