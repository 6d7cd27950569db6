using System;
using PfocrGen.Model;

namespace PfocrGen.Packing;

/// <summary>
/// Writes a figure's metadata segment into a <see cref="DataStreamWriter"/>, with a link that is its paper's page
/// (<see cref="PmcLinks.ArticlePage"/>, what every GMT line has) written from the pmcid instead of made as a string
/// first: at release size that string was 120 bytes for each of ~190,000 lines, made only to be copied and dropped.
/// The row's link is then <see cref="PaperPage"/>, which stands for the page and is never written as itself.
/// </summary>
internal readonly struct PaperPageLinkSink : Pfocr.PfocrLayout.IFieldSink
{
    /// <summary>Put in a row's link to write the paper page of the sink's pmcid; matched by reference, not by text.</summary>
    public static readonly string PaperPage = new('\uFFFF', 1);

    // ArticlePage is prefix + escaped pmcid + suffix. The two parts are read from PmcLinks itself, once, so the format
    // stays written in one place; null (every link made by PmcLinks) if the page ever stops having that shape.
    private static readonly (string Prefix, string Suffix)? s_parts = ReadParts();

    private readonly DataStreamWriter _writer;
    private readonly string _pmcid;

    public PaperPageLinkSink(DataStreamWriter writer, string pmcid)
    {
        _writer = writer;
        _pmcid = pmcid;
    }

    public void Int(ref int value) => _writer.Int(ref value);

    public void String(ref string value)
    {
        if (!ReferenceEquals(value, PaperPage))
        {
            _writer.WriteString(value);
        }
        else if (s_parts is { } parts && IsUnreserved(_pmcid))
        {
            _writer.WriteAsciiString(parts.Prefix, _pmcid, parts.Suffix);
        }
        else
        {
            _writer.WriteString(PmcLinks.ArticlePage(_pmcid));
        }
    }

    public void Strings(ref string[] values) => _writer.Strings(ref values);

    public void Ints(ref int[] values) => _writer.Ints(ref values);

    /// <summary>
    /// Whether <c>Uri.EscapeDataString</c> leaves the text as it is: RFC 3986's unreserved characters only, which
    /// every framework's escaping keeps (a real pmcid is <c>PMC</c> and digits).
    /// </summary>
    internal static bool IsUnreserved(string text)
    {
        foreach (var c in text)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~'))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Prefix, string Suffix)? ReadParts()
    {
        const string Probe = "PMC0";
        var page = PmcLinks.ArticlePage(Probe);
        var at = page.IndexOf(Probe, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var prefix = page.Substring(0, at);
        var suffix = page.Substring(at + Probe.Length);

        // Checked on a second pmcid, and ASCII, as WriteAsciiString needs.
        const string Other = "PMC12345";
        return DataStreamWriter.IsAscii(prefix) && DataStreamWriter.IsAscii(suffix) && string.Equals(prefix + Other + suffix, PmcLinks.ArticlePage(Other), StringComparison.Ordinal)
            ? (prefix, suffix)
            : null;
    }
}
