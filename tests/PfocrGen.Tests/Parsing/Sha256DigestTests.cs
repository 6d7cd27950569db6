using System.Security.Cryptography;
using System.Text;
using PfocrGen.Model;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>Content fingerprints kept as four numbers: the same hex as the digest's bytes, equal when the bytes are.</summary>
public sealed class Sha256DigestTests
{
    [Theory]
    [InlineData("")]
    [InlineData("PMC1__f1\tIL-12 signalling\tgHomo sapiens\t3592")]
    [InlineData("é \uD83E\uDDEC, a pair of surrogates")]
    public void The_hex_is_the_bytes_hex_as_the_hasher_and_the_framework_write_it(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var digest = Sha256Digest.Of(bytes);

        Assert.Equal(Convert.ToHexString(bytes).ToLowerInvariant(), digest.ToHex());
        Assert.Equal(digest.ToHex(), CanonicalHasher.Rent().Append(text).Finish());
        Assert.Equal(digest, CanonicalHasher.Rent().Append(text).FinishDigest());
        Assert.Equal(Hex(":" + digest.ToHex()), CanonicalHasher.Rent().Append(':').AppendHex(digest).Finish());
    }

    [Fact]
    public void Digests_are_equal_when_their_bytes_are_and_none_is_empty_hex()
    {
        var bytes = SHA256.HashData([1, 2, 3]);
        var other = (byte[])bytes.Clone();
        other[31] ^= 1;

        Assert.Equal(Sha256Digest.Of(bytes), Sha256Digest.Of((byte[])bytes.Clone()));
        Assert.NotEqual(Sha256Digest.Of(bytes), Sha256Digest.Of(other));
        Assert.Equal(string.Empty, default(Sha256Digest).ToHex());
        Assert.Equal(Hex(":"), CanonicalHasher.Rent().Append(':').AppendHex(default).Finish());
    }

    private static string Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
