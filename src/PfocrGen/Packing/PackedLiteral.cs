using System.Text;

namespace PfocrGen.Packing;

/// <summary>
/// Writes a byte stream as the content of a C# <c>const string</c>, two bytes per UTF-16 char (little-endian).
/// <para>Why not <c>"…"u8</c>: the compiler binds a UTF-8 literal byte by byte, about 0.5 s and 300 MB per MB of data;
/// a constant string costs about 0.03 s per MB. Why a constant and not a string read by code: a string used in code
/// goes to the #US heap, whose 16 MB limit a full PFOCR release exceeds (CS8103); a constant's value is a metadata
/// blob, read once at run time with <c>FieldInfo.GetRawConstantValue</c>.</para>
/// </summary>
internal static class PackedLiteral
{
    /// <summary>Appends the literal content (without quotes) for <paramref name="data"/>.</summary>
    public static void Append(StringBuilder builder, System.ReadOnlySpan<byte> data)
    {
        var length = data.Length;
        builder.EnsureCapacity(builder.Length + (length / 2) + 64);
        for (var i = 0; i < length; i += 2)
        {
            // An odd tail is padded with a zero byte; readers only follow offsets, so the pad is never read.
            var c = (char)(data[i] | (i + 1 < length ? data[i + 1] << 8 : 0));
            AppendChar(builder, c);
        }
    }

    private static void AppendChar(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"':
                builder.Append("\\\"");
                return;
            case '\\':
                builder.Append("\\\\");
                return;
        }

        // Control characters, line breaks, surrogates (pairs would be fine, but bytes pair them at random) and
        // non-characters are escaped, so the source stays valid and editor-safe whatever the bytes are.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c >= '\uFFF0')
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(c);
    }
}
