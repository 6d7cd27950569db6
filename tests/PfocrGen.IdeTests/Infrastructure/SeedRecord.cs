namespace PfocrGen.IdeTests.Infrastructure;

/// <summary>The seed record (copied from the sample beside the tests) and variants of it for edit tests.</summary>
internal static class SeedRecord
{
    public const string Path = "figures/PMC2869233__ijms-11-00789f3.md";

    public static string Text => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "SampleRecords", "PMC2869233__ijms-11-00789f3.md"));

    public static (string Path, string Text) Record => (Path, Text);

    /// <summary>
    /// The seed moved to another paper: every occurrence of its PMCID (figid, pmcid, figlink) replaced, which is a
    /// valid record of a paper the seed does not mention.
    /// </summary>
    public static string AsPaper(string text, string pmcid) => text.Replace("PMC2869233", pmcid, StringComparison.Ordinal);

    /// <summary>The seed with another figure title, in the front matter field the generator reads.</summary>
    public static string WithTitle(string text, string title) =>
        text.Replace("figtitle: IL-12 signaling pathway", "figtitle: " + title, StringComparison.Ordinal);
}
