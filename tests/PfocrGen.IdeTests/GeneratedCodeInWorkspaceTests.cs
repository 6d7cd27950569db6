using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>
/// The workspace compiles the generator's output cleanly on Roslyn 5: the premise of the IntelliSense tests, and
/// the situation of a user whose IDE is newer than the Roslyn the generator was built against.
/// </summary>
public sealed class GeneratedCodeInWorkspaceTests
{
    [Fact]
    public async Task Seed_generates_code_that_compiles_without_warnings_on_a_newer_roslyn()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);

        var problems = await workspace.CompilationProblemsAsync();

        Assert.Empty(problems);
        Assert.NotEmpty(await workspace.Project.GetSourceGeneratedDocumentsAsync());
    }
}
