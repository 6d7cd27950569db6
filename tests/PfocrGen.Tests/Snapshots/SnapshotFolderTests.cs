using Xunit.Sdk;

namespace PfocrGen.Tests.Snapshots;

/// <summary>The snapshot comparison itself: a mismatch fails with the first differing line and leaves the actual file.</summary>
public sealed class SnapshotFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pfocr-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_changed_line_fails_naming_the_line_and_writes_the_received_file()
    {
        File.WriteAllText(Path.Combine(_folder, "A.g.cs"), "// header\nint x = 1;\n// end\n");

        var failure = Assert.Throws<TrueException>(() => SnapshotFolder.Verify(_folder, "Case", [("A.g.cs", "// header\nint x = 2;\n// end\n")], accept: false));

        Assert.Contains("Case/A.g.cs: first difference at line 2\n    expected: \"int x = 1;\"\n    actual:   \"int x = 2;\"", failure.Message, StringComparison.Ordinal);
        Assert.Equal("// header\nint x = 2;\n// end\n", File.ReadAllText(Path.Combine(_folder, "A.g.received.cs")));
    }

    [Fact]
    public void A_new_file_and_a_file_no_longer_written_both_fail()
    {
        File.WriteAllText(Path.Combine(_folder, "Old.g.cs"), "// old\n");

        var failure = Assert.Throws<TrueException>(() => SnapshotFolder.Verify(_folder, "Case", [("New.g.cs", "// new\n")], accept: false));

        Assert.Contains("Case/New.g.cs: no expected file", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Case/Old.g.cs: expected, but the generator no longer writes it", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_files_pass_and_leave_no_received_file()
    {
        File.WriteAllText(Path.Combine(_folder, "A.g.cs"), "// same\n");
        File.WriteAllText(Path.Combine(_folder, "A.g.received.cs"), "// left from an earlier failure\n");

        SnapshotFolder.Verify(_folder, "Case", [("A.g.cs", "// same\n")], accept: false);

        Assert.Equal(["A.g.cs"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Accepting_writes_the_actual_files_and_removes_those_no_longer_written()
    {
        File.WriteAllText(Path.Combine(_folder, "A.g.cs"), "// before\n");
        File.WriteAllText(Path.Combine(_folder, "Old.g.cs"), "// old\n");

        SnapshotFolder.Verify(_folder, "Case", [("A.g.cs", "// after\n"), ("New.g.cs", "// new\n")], accept: true);

        Assert.Equal(["A.g.cs", "New.g.cs"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("// after\n", File.ReadAllText(Path.Combine(_folder, "A.g.cs")));
    }

    [Fact]
    public void A_shorter_actual_file_reports_its_end()
    {
        Assert.Equal("first difference at line 2\n    expected: \"b\"\n    actual:   (end of file)", SnapshotFolder.FirstDifference("a\nb", "a"));
    }
}
