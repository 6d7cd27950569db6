using System.Security.Cryptography;
using System.Text;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>
/// The hasher hands its small buffer to SHA-256 whenever it fills, and encodes long pieces in chunks: the digest must
/// still be the framework's SHA-256 of the UTF-8 of the whole text, at every size and wherever a chunk ends.
/// </summary>
public sealed class CanonicalHasherTests
{
    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(16 * 1024)]
    [InlineData(100_000)]
    public void Long_pieces_hash_as_the_whole_texts_utf8(int length)
    {
        // Surrogate pairs at every offset, so some straddle a chunk's end; a lone high surrogate before an ASCII
        // character and a lone low one near the end, which UTF-8 writes as replacement bytes in the whole text.
        var text = new StringBuilder(length + 8);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(i % 7 == 0 ? "\uD83E\uDDEC" : i % 11 == 0 ? "é" : i % 13 == 0 ? "\uD800x" : "a");
        }

        text.Append('\uDC00').Append('z');
        var whole = text.ToString();

        Assert.Equal(Expected(whole), CanonicalHasher.Rent().Append(whole).Finish());
    }

    [Fact]
    public void Many_small_pieces_across_many_buffers_hash_as_their_concatenation()
    {
        var hasher = CanonicalHasher.Rent();
        var expected = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            hasher.Append(i).Append('\t').Append("PMC" + i).Append('\n');
            expected.Append(i).Append('\t').Append("PMC" + i).Append('\n');
        }

        Assert.Equal(Expected(expected.ToString()), hasher.Finish());
    }

    [Fact]
    public void A_hasher_abandoned_mid_text_does_not_leak_into_the_next_hash()
    {
        CanonicalHasher.Rent().Append(new string('x', 100_000)); // never finished, as when a step is cancelled

        Assert.Equal(Expected("abc"), CanonicalHasher.Rent().Append("abc").Finish());
        Assert.Equal(Expected("abc"), CanonicalHasher.Rent().Append("abc").Finish());
    }

    private static string Expected(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
