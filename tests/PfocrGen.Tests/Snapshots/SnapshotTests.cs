using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Snapshots;

/// <summary>
/// Expected-output tests: every generated file of a case is compared exactly with its checked-in copy under
/// <c>Snapshots/&lt;case&gt;/&lt;hintName&gt;</c>, so a change to generated code is reviewed as a diff. On a mismatch the
/// actual file is written beside the expected one as <c>*.received.cs</c> (git-ignored). To accept a deliberate
/// change, run <c>scripts/dev/accept-snapshots.sh</c> (or <c>PFOCRGEN_ACCEPT=1 dotnet test --filter Snapshot</c>).
/// </summary>
public sealed class SnapshotTests
{
    /// <summary>The seed record alone: the whole output, runtime included.</summary>
    [Fact]
    public void Seed_record() => SnapshotFolder.Verify("Seed", Generate([TestData.Seed]));

    /// <summary>
    /// Every layout at once: the seed (v1), a v2 record, a v3 record with its three tables (the sample's records)
    /// and a GMT with a figure of a new paper and genes known only from the GMT. The runtime (the files a project
    /// without records gets as they are) is left to the seed case.
    /// </summary>
    [Fact]
    public void Mixed_layouts()
    {
        var runtime = GeneratorHarness.Run(Array.Empty<(string Path, string Text)>()).Result.Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToHashSet();
        var generated = Generate(TestData.SampleFiles.Append(SmallGmt));

        Assert.NotEmpty(runtime);
        Assert.Contains(generated, runtime.Contains);
        SnapshotFolder.Verify("Mixed", generated.Where(file => !runtime.Contains(file)));
    }

    private static readonly (string Path, string Text) SmallGmt = (
        "sets/small.gmt",
        "Th1 cytokines (example)%PFOCR_SAMPLE%PMC9000003__sample-f4%Homo sapiens\tTh1 cytokines (example)\t3458\t6775\t7124\n");

    private static IReadOnlyList<(string HintName, string Source)> Generate(IEnumerable<(string Path, string Text)> files)
    {
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Pfocr);
        Assert.Empty(run.CompilerProblems);
        return run.Result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }
}
