using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>
/// Editing records updates IntelliSense without a rebuild: the stale-types complaint users have about type
/// providers. Each test asks for completion first, so the generator has run on the old records before the edit.
/// </summary>
public sealed class RecordEditCompletionTests
{
    private const string AfterFigures = "class C { object M() => Pfocr.Figures.$$; }";

    [Fact]
    public async Task Adding_a_record_adds_its_paper_to_completion()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);
        Assert.DoesNotContain("PMC7654321", await workspace.CompletionsAsync(AfterFigures));

        workspace.AddRecord("figures/PMC7654321__ijms-11-00789f3.md", SeedRecord.AsPaper(SeedRecord.Text, "PMC7654321"));
        var items = await workspace.CompletionsAsync(AfterFigures);

        Assert.Contains("PMC7654321", items);
        Assert.Contains("PMC2869233", items);
    }

    [Fact]
    public async Task Changing_a_records_figid_renames_its_members_in_completion()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);
        Assert.Contains("PMC2869233", await workspace.CompletionsAsync(AfterFigures));

        workspace.EditRecord(SeedRecord.Path, text => SeedRecord.AsPaper(text, "PMC7654321"));
        var items = await workspace.CompletionsAsync(AfterFigures);

        Assert.Contains("PMC7654321", items);
        Assert.Contains("PMC7654321__ijms_11_00789f3", items);
        Assert.DoesNotContain("PMC2869233", items);
        Assert.DoesNotContain("PMC2869233__ijms_11_00789f3", items);
    }
}
