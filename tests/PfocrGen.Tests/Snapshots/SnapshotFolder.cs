using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Snapshots;

/// <summary>
/// Compares generated files with the expected copies checked in beside this source file, and accepts a change
/// when <c>PFOCRGEN_ACCEPT=1</c>. The folder is found in the checkout (<see cref="RepositoryRoot"/>), so the
/// expected files are read from (and accepted into) the source tree, not the build output.
/// </summary>
internal static class SnapshotFolder
{
    public const string AcceptVariable = "PFOCRGEN_ACCEPT";
    private const string ReceivedSuffix = ".received.cs";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string caseName, IEnumerable<(string HintName, string Source)> generated) =>
        Verify(Path.Combine(SourceDirectory(), caseName), caseName, generated, Accepting);

    internal static void Verify(string folder, string caseName, IEnumerable<(string HintName, string Source)> generated, bool accept)
    {
        var actual = generated.ToDictionary(file => file.HintName, file => file.Source, StringComparer.Ordinal);
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, "*" + ReceivedSuffix))
        {
            File.Delete(stale);
        }

        if (accept)
        {
            Accept(folder, actual);
            return;
        }

        var problems = new List<string>();
        foreach (var (hintName, source) in actual.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            var expectedPath = Path.Combine(folder, hintName);
            var difference = File.Exists(expectedPath)
                ? FirstDifference(File.ReadAllText(expectedPath), source)
                : "no expected file (a new generated file)";
            if (difference is not null)
            {
                var receivedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(hintName) + ReceivedSuffix);
                File.WriteAllText(receivedPath, source);
                problems.Add($"{caseName}/{hintName}: {difference}\n    actual output written to {receivedPath}");
            }
        }

        foreach (var expectedPath in ExpectedFiles(folder).Where(path => !actual.ContainsKey(Path.GetFileName(path))))
        {
            problems.Add($"{caseName}/{Path.GetFileName(expectedPath)}: expected, but the generator no longer writes it");
        }

        Assert.True(
            problems.Count == 0,
            string.Join("\n", problems)
            + $"\nIf the change is deliberate, accept it with scripts/dev/accept-snapshots.sh ({AcceptVariable}=1 dotnet test --filter Snapshot) and review the diff.");
    }

    /// <summary>The first line where two texts differ, quoted from both; null when they are equal.</summary>
    internal static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        return $"first difference at line {line + 1}\n    expected: {Quote(expectedLines, line)}\n    actual:   {Quote(actualLines, line)}";
    }

    private static string Quote(string[] lines, int index)
    {
        if (index >= lines.Length)
        {
            return "(end of file)";
        }

        // Long packed-data lines are cut around nothing useful; 200 characters show where they part.
        var line = lines[index].Replace("\r", "\\r", StringComparison.Ordinal);
        return line.Length <= 200 ? $"\"{line}\"" : $"\"{line[..200]}…\" ({line.Length} characters)";
    }

    private static void Accept(string folder, Dictionary<string, string> actual)
    {
        foreach (var stale in ExpectedFiles(folder).Where(path => !actual.ContainsKey(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }

        foreach (var (hintName, source) in actual)
        {
            File.WriteAllText(Path.Combine(folder, hintName), source);
        }
    }

    private static IEnumerable<string> ExpectedFiles(string folder) =>
        Directory.GetFiles(folder, "*.cs").Where(path => !path.EndsWith(ReceivedSuffix, StringComparison.Ordinal));

    /// <summary>The snapshot folder in the source tree (the checkout the tests run from).</summary>
    private static string SourceDirectory() => RepositoryRoot.File("tests", "PfocrGen.Tests", "Snapshots");
}
