namespace PfocrGen.Model;

/// <summary>
/// A SHA-256 digest as four numbers (32 bytes inside the object that has it) instead of its 64-character hex
/// string (~150 bytes and an object more): a release has ~190,000 GMT lines, each with its content fingerprint.
/// The default is "none", whose hex is "" (no real digest is all zeros).
/// </summary>
/// <param name="A">The digest's bytes 0–7, read big-endian (so the hex reads as the bytes do); B, C and D the rest.</param>
internal readonly record struct Sha256Digest(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The length of the hex of a digest that is not none.</summary>
    public const int HexLength = 64;

    private const string HexDigits = "0123456789abcdef";

    // One hex buffer per thread.
    [System.ThreadStatic]
    private static char[]? t_hex;

    /// <summary>No digest: the default, whose hex is "".</summary>
    public bool IsNone => (A | B | C | D) == 0;

    /// <summary>The digest of SHA-256's 32 output bytes.</summary>
    public static Sha256Digest Of(byte[] hash) => new(Read(hash, 0), Read(hash, 8), Read(hash, 16), Read(hash, 24));

    /// <summary>The lowercase hex of the 32 bytes, as fingerprints have always been written; "" for none.</summary>
    public string ToHex() => IsNone ? string.Empty : new string(FillHex());

    public override string ToString() => ToHex();

    /// <summary>Writes the hex as ASCII bytes at <paramref name="start"/>, for hashing it without a string.</summary>
    public void WriteHex(byte[] target, int start)
    {
        var hex = FillHex();
        for (var i = 0; i < HexLength; i++)
        {
            target[start + i] = (byte)hex[i];
        }
    }

    // The hex in this thread's buffer, valid until the next call.
    private char[] FillHex()
    {
        var hex = t_hex ??= new char[64];
        Write(hex, 0, A);
        Write(hex, 16, B);
        Write(hex, 32, C);
        Write(hex, 48, D);
        return hex;
    }

    private static ulong Read(byte[] bytes, int start)
    {
        ulong value = 0;
        for (var i = start; i < start + 8; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    private static void Write(char[] hex, int start, ulong value)
    {
        for (var i = start + 15; i >= start; i--)
        {
            hex[i] = HexDigits[(int)(value & 15)];
            value >>= 4;
        }
    }
}
