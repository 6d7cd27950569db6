using System;
using System.Security.Cryptography;
using System.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// Collects a canonical form as UTF-8 bytes and hashes it with SHA-256, giving exactly the hash of
/// <c>Encoding.UTF8.GetBytes</c> of the same text built as a string. Building the string first cost a
/// <see cref="StringBuilder"/>, the string and a byte copy per file (several times the record's size); this writes the
/// bytes straight into one buffer that each thread keeps for its next file.
/// </summary>
/// <remarks>
/// Pieces may be encoded one at a time because every canonical form puts an ASCII character between them: a
/// surrogate can only pair with a neighbour inside its own piece, so encoding piece by piece gives the same bytes
/// (including the replacement bytes for a lone surrogate) as encoding the whole text at once.
/// </remarks>
internal sealed class CanonicalHasher
{
    // A buffer that grew for one huge file is dropped, not kept for the life of the thread.
    private const int MaxKeptBytes = 1 << 20;

    [ThreadStatic]
    private static CanonicalHasher? t_free;

    private readonly SHA256 _sha = SHA256.Create();
    private byte[] _bytes = new byte[16 * 1024];
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
        if (length > 0)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(length));
            _length += Encoding.UTF8.GetBytes(text, start, length, _bytes, _length);
        }

        return this;
    }

    /// <summary>The lowercase hex SHA-256 of the bytes appended; the hasher goes back to this thread's spare.</summary>
    public string Finish() => FinishDigest().ToHex();

    /// <summary>The SHA-256 of the bytes appended, as a value; the hasher goes back to this thread's spare.</summary>
    public Sha256Digest FinishDigest()
    {
        var digest = Sha256Digest.Of(_sha.ComputeHash(_bytes, 0, _length));
        if (_bytes.Length <= MaxKeptBytes)
        {
            t_free = this;
        }

        return digest;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
        }
    }
}
