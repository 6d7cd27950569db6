using PfocrGen.IdeTests.Infrastructure;

namespace PfocrGen.IdeTests;

/// <summary>Hovering a generated member shows the figure it stands for (its XML doc comment).</summary>
public sealed class FigureQuickInfoTests
{
    [Fact]
    public async Task Quick_info_on_a_figure_member_shows_the_figure_title()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);

        var info = await workspace.QuickInfoAsync("class C { object M() => Pfocr.Figures.PMC2869233__ijms_$$11_00789f3; }");

        Assert.Contains("PMC2869233__ijms_11_00789f3", info);
        Assert.Contains("IL-12 signaling pathway", info);
    }

    [Fact]
    public async Task Quick_info_follows_an_edited_title()
    {
        using var workspace = RecordWorkspace.Create(SeedRecord.Record);
        await workspace.QuickInfoAsync("class C { object M() => Pfocr.Figures.PMC2869233__ijms_$$11_00789f3; }");

        workspace.EditRecord(SeedRecord.Path, text => SeedRecord.WithTitle(text, "Interleukin twelve relay"));
        var info = await workspace.QuickInfoAsync("class C { object M() => Pfocr.Figures.PMC2869233__ijms_$$11_00789f3; }");

        Assert.Contains("Interleukin twelve relay", info);
    }
}
