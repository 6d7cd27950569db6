using PfocrGen.Model;
using PfocrGen.Packing;

namespace PfocrGen.Tests.Packing;

/// <summary>
/// A GMT line's link, its paper's page, is written into the metadata segment from its pmcid without making the
/// string; the bytes are those of writing the string itself.
/// </summary>
public sealed class PaperPageLinkTests
{
    [Theory]
    [InlineData("PMC2869233")]
    [InlineData("PMC1")]
    [InlineData("pmc-1_a.b~Z9")]
    [InlineData("PMC 2/x")]
    [InlineData("PMC\u00e9")]
    [InlineData("PMC\uD800")]
    [InlineData("")]
    public void The_paper_page_link_is_written_as_the_link_string_would_be(string pmcid)
    {
        var line = new FigureRecord("sets/a.gmt", pmcid + "__f1", default, pmcid, "A title", string.Empty, new EquatableArray<string>(new[] { "Mus musculus" }), null, null);
        var withLink = line with { Link = PmcLinks.ArticlePage(pmcid) };

        Assert.True(line.LinksToPaperPage);
        Assert.False(withLink.LinksToPaperPage);
        Assert.Equal(line.Link, withLink.Link);
        Assert.Equal(SegmentEncoder.EncodeMeta(withLink).Bytes.ToArray(), SegmentEncoder.EncodeMeta(line).Bytes.ToArray());
    }

    [Fact]
    public void Three_ascii_parts_are_written_as_their_concatenation_is()
    {
        var parts = new[] { string.Empty, "a", "https://pmc.ncbi.nlm.nih.gov/articles/", new string('z', 40), "/" };
        foreach (var first in parts)
        {
            foreach (var second in parts)
            {
                var together = new DataStreamWriter(16);
                var apart = new DataStreamWriter(16);
                together.WriteString(first + second + "/");
                apart.WriteAsciiString(first, second, "/");

                Assert.Equal(together.ToEquatableArray().ToArray(), apart.ToEquatableArray().ToArray());
            }
        }
    }

    [Fact]
    public void What_counts_as_unreserved_is_left_as_it_is_by_uri_escaping()
    {
        for (var c = (char)0; c < 0x250; c++)
        {
            var text = "PMC" + c;
            if (PaperPageLinkSink.IsUnreserved(text))
            {
                Assert.Equal(text, Uri.EscapeDataString(text));
            }
        }

        Assert.True(PaperPageLinkSink.IsUnreserved("PMC2869233"));
        Assert.False(PaperPageLinkSink.IsUnreserved("PMC 1"));
    }
}
