using System.Text;

namespace PfocrGen.Emitting;

/// <summary>
/// Writes the content of a <c>"…"u8</c> literal: the escaped C# text and, alongside, the number of UTF-8 bytes
/// it stands for (offsets into the data are byte offsets).
/// <list type="bullet">
/// <item>Integers are little-endian 5-bit groups, one printable ASCII byte each (bit 5 = more groups follow), so
/// they need no escapes. The 64 digits are <c>#</c>..<c>[</c> then <c>]</c>..<c>c</c>, skipping <c>\</c>.</item>
/// <item>Strings are a header <c>length &lt;&lt; 1</c> followed by the UTF-8 bytes. Text UTF-8 cannot carry (a lone
/// surrogate) has header <c>(length &lt;&lt; 1) | 1</c> followed by one integer per UTF-16 code unit, so every
/// string reads back exactly.</item>
/// </list>
/// </summary>
internal sealed class DataStreamWriter
{
    private readonly StringBuilder _literal;

    public DataStreamWriter(int capacity = 256) => _literal = new StringBuilder(capacity);

    /// <summary>Bytes written so far: the offset of whatever is written next.</summary>
    public int ByteLength { get; private set; }

    public string Literal => _literal.ToString();

    public void WriteInt(int value)
    {
        var v = (uint)value;
        while (v >= 32)
        {
            WriteDigit((int)(v & 31) | 32);
            v >>= 5;
        }

        WriteDigit((int)v);
    }

    public void WriteString(string value)
    {
        if (!IsWellFormed(value))
        {
            WriteInt((value.Length << 1) | 1);
            foreach (var c in value)
            {
                WriteInt(c);
            }

            return;
        }

        var byteCount = Utf8.GetByteCount(value);
        WriteInt(byteCount << 1);
        ByteLength += byteCount;
        foreach (var c in value)
        {
            AppendEscaped(_literal, c);
        }
    }

    /// <summary>Appends pre-encoded content (a segment written by another writer).</summary>
    public void WriteEncoded(string literal, int byteLength)
    {
        _literal.Append(literal);
        ByteLength += byteLength;
    }

    private void WriteDigit(int digit)
    {
        _literal.Append((char)(digit < 57 ? 0x23 + digit : 0x5D + digit - 57));
        ByteLength++;
    }

    private static void AppendEscaped(StringBuilder builder, char c)
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

        // Control characters and everything C# treats as a line break must be escaped inside a literal.
        if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029')
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(c);
    }

    internal static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
