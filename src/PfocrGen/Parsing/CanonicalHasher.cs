using System;
using System.Security.Cryptography;
using System.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Collects a canonical form as UTF-8 bytes and hashes it with SHA-256, giving exactly the hash of
/// <c>Encoding.UTF8.GetBytes</c> of the same text built as a string. Building the string first cost a
/// <see cref="StringBuilder"/>, the string and a byte copy per file (several times the record's size); this writes the
/// bytes into one small buffer that each thread keeps for its next text, and hands the buffer to the hash whenever
/// it is full, so a text of any size (the whole dataset's, ~33 MB at release size) costs no allocation.
/// </summary>
/// <remarks>
/// Pieces may be encoded one at a time because every canonical form puts an ASCII character between them: a
/// surrogate can only pair with a neighbour inside its own piece, so encoding piece by piece gives the same bytes
/// (including the replacement bytes for a lone surrogate) as encoding the whole text at once. A long piece is
/// encoded in chunks that never end between a high surrogate and what follows it, for the same reason.
/// </remarks>
internal sealed class CanonicalHasher
{
    private const int BufferBytes = 16 * 1024;

    // Chunks of a long piece: their UTF-8 (at most 3 bytes a char, plus 3 for a lone surrogate) fits the buffer.
    private const int ChunkChars = 4 * 1024;

    [ThreadStatic]
    private static CanonicalHasher? t_free;

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _bytes = new byte[BufferBytes];
    private int _length;

    private CanonicalHasher()
    {
    }

    /// <summary>An empty hasher for this thread; hand it back through <see cref="Finish"/>.</summary>
    public static CanonicalHasher Rent()
    {
        var hasher = t_free ?? new CanonicalHasher();
        t_free = null;
        hasher._length = 0;
        return hasher;
    }

    public CanonicalHasher Append(char ascii)
    {
        Reserve(1);
        _bytes[_length++] = (byte)ascii;
        return this;
    }

    /// <summary>A non-negative count in decimal, as <c>StringBuilder.Append(int)</c> writes it.</summary>
    public CanonicalHasher Append(int count)
    {
        Reserve(11);
        var digits = 1;
        for (var rest = count / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        for (var i = _length + digits - 1; i >= _length; i--)
        {
            _bytes[i] = (byte)('0' + (count % 10));
            count /= 10;
        }

        _length += digits;
        return this;
    }

    public CanonicalHasher Append(string text) => Append(text, 0, text.Length);

    public CanonicalHasher Append(string text, int start, int length)
    {
        while (length > 0)
        {
            var chunk = length;
            if (chunk > ChunkChars)
            {
                chunk = char.IsHighSurrogate(text[start + ChunkChars - 1]) ? ChunkChars - 1 : ChunkChars;
            }

            Reserve(Encoding.UTF8.GetMaxByteCount(chunk));
            _length += Encoding.UTF8.GetBytes(text, start, chunk, _bytes, _length);
            start += chunk;
            length -= chunk;
        }

        return this;
    }

    /// <summary>The lowercase hex of <paramref name="digest"/> (<see cref="Sha256Digest.ToHex"/>), nothing for none.</summary>
    public CanonicalHasher AppendHex(Sha256Digest digest)
    {
        if (digest.IsNone)
        {
            return this;
        }

        Reserve(Sha256Digest.HexLength);
        digest.WriteHex(_bytes, _length);
        _length += Sha256Digest.HexLength;
        return this;
    }

    /// <summary>The lowercase hex SHA-256 of the bytes appended; the hasher goes back to this thread's spare.</summary>
    public string Finish() => FinishDigest().ToHex();

    /// <summary>The SHA-256 of the bytes appended, as a value; the hasher goes back to this thread's spare.</summary>
    public Sha256Digest FinishDigest()
    {
        _sha.AppendData(_bytes, 0, _length);
        var digest = Sha256Digest.Of(_sha.GetHashAndReset());
        t_free = this;
        return digest;
    }

    // Every piece reserves at most its chunk's bytes, which fit an empty buffer.
    private void Reserve(int bytes)
    {
        if (_length + bytes > _bytes.Length)
        {
            _sha.AppendData(_bytes, 0, _length);
            _length = 0;
        }
    }
}
