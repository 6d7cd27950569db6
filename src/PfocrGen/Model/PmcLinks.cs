namespace PfocrGen.Model;

/// <summary>Where PubMed Central serves a paper's pages: the one place the host is written.</summary>
internal static class PmcLinks
{
    public const string Host = "https://pmc.ncbi.nlm.nih.gov";

    /// <summary>A paper's page (<c>https://pmc.ncbi.nlm.nih.gov/articles/PMC2869233/</c>): a figure's link when its record gives none.</summary>
    public static string ArticlePage(string pmcid) => Host + "/articles/" + System.Uri.EscapeDataString(pmcid) + "/";
}
