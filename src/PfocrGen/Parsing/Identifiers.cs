using System;
using System.Globalization;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>Normalises identifiers from records: gene ids, vocabulary ids, years, figure links.</summary>
internal static class Identifiers
{
    /// <summary>A positive decimal integer (NCBI gene ids, taxonomy ids), culture-invariant.</summary>
    public static bool TryParsePositive(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>
    /// <c>mesh:D000255</c>, <c>D000255</c> → <c>MESH:D000255</c>; the prefix is upper-cased so the same id written
    /// by different pipeline versions compares equal. Empty for missing values.
    /// </summary>
    public static string Vocabulary(string prefix, string value)
    {
        value = Placeholders.CleanIdCell(value);
        if (value.Length == 0)
        {
            return string.Empty;
        }

        var colon = value.IndexOf(':');
        var local = colon >= 0 ? value.Substring(colon + 1) : value;
        return local.Length == 0 ? string.Empty : prefix + ":" + local;
    }

    /// <summary>
    /// The PubMed Central page of a figure. Records hold a site-relative <c>figlink</c>
    /// (<c>/pmc/articles/PMC…/figure/…/</c>); PMC now serves these pages from pmc.ncbi.nlm.nih.gov.
    /// </summary>
    public static string FigureLink(string figlink, string pmcid)
    {
        const string Host = PmcLinks.Host;
        var link = figlink.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || figlink.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? figlink
            : figlink.StartsWith("/pmc/articles/", StringComparison.Ordinal)
                ? Host + figlink.Substring("/pmc".Length)
                : figlink.StartsWith("/articles/", StringComparison.Ordinal) ? Host + figlink : string.Empty;

        // The generated Figure.Link constructs a Uri at run time, so only a valid absolute URI may get through.
        return Uri.TryCreate(link, UriKind.Absolute, out var uri)
            ? uri.AbsoluteUri
            : PmcLinks.ArticlePage(pmcid);
    }
}
