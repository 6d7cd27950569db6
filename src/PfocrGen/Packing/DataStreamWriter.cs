using System;
using System.Text;
using PfocrGen.Model;

namespace PfocrGen.Packing;

/// <summary>
/// Writes the byte stream that the generated <c>PfocrTables</c> reads back (<see cref="PackedLiteral"/> turns it
/// into C# source).
/// <list type="bullet">
/// <item>Integers are little-endian 5-bit groups, one printable ASCII byte each (bit 5 = more groups follow). The
/// 64 digits are <c>#</c>..<c>[</c> then <c>]</c>..<c>c</c>, skipping <c>\</c>.</item>
/// <item>Strings are a header <c>length &lt;&lt; 1</c> followed by the UTF-8 bytes. Text UTF-8 cannot carry (a lone
/// surrogate) has header <c>(length &lt;&lt; 1) | 1</c> followed by one integer per UTF-16 code unit, so every
/// string reads back exactly.</item>
/// </list>
/// </summary>
internal sealed class DataStreamWriter : Pfocr.PfocrLayout.IFieldSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer;

    public DataStreamWriter(int capacity = 256) => _buffer = new byte[Math.Max(16, capacity)];

    /// <summary>Bytes written so far: the offset of whatever is written next.</summary>
    public int ByteLength { get; private set; }

    /// <summary>The bytes written, shared with this writer (valid up to <see cref="ByteLength"/>).</summary>
    public byte[] Buffer => _buffer;

    public EquatableArray<byte> ToEquatableArray()
    {
        var bytes = new byte[ByteLength];
        Array.Copy(_buffer, bytes, ByteLength);
        return new EquatableArray<byte>(bytes);
    }

    /// <summary>Starts over, keeping the buffer, so one writer can encode segment after segment.</summary>
    public void Clear() => ByteLength = 0;

    public void WriteInt(int value)
    {
        var v = (uint)value;
        Reserve(7);
        while (v > Pfocr.PfocrLayout.DigitValue)
        {
            WriteDigit((int)(v & Pfocr.PfocrLayout.DigitValue) | Pfocr.PfocrLayout.MoreDigits);
            v >>= Pfocr.PfocrLayout.DigitBits;
        }

        WriteDigit((int)v);
    }

    /// <summary>Writes an integer field of a record (<see cref="Pfocr.PfocrLayout"/> gives the order).</summary>
    public void Int(ref int value) => WriteInt(value);

    /// <summary>Writes a string field of a record.</summary>
    public void String(ref string value) => WriteString(value);

    /// <summary>Writes a list of strings: its count, then each string.</summary>
    public void Strings(ref string[] values)
    {
        WriteInt(values.Length);
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

    /// <summary>Writes a list of integers: its count, then each integer.</summary>
    public void Ints(ref int[] values)
    {
        WriteInt(values.Length);
        foreach (var value in values)
        {
            WriteInt(value);
        }
    }

    public void WriteString(string value)
    {
        // ASCII (ids, most titles, every empty field of a GMT line) is its own UTF-8: one pass that copies it,
        // instead of checking, counting and encoding in three.
        if (IsAscii(value))
        {
            WriteInt(value.Length << 1);
            Reserve(value.Length);
            CopyAscii(value);
            return;
        }

        if (!IsWellFormed(value))
        {
            WriteInt((value.Length << 1) | Pfocr.PfocrLayout.Utf16String);
            foreach (var c in value)
            {
                WriteInt(c);
            }

            return;
        }

        var byteCount = Utf8.GetByteCount(value);
        WriteInt(byteCount << 1);
        Reserve(byteCount);
        ByteLength += Utf8.GetBytes(value, 0, value.Length, _buffer, ByteLength);
    }

    /// <summary>
    /// Writes the three ASCII strings as one string field, as <see cref="WriteString"/> writes their concatenation,
    /// without making it.
    /// </summary>
    public void WriteAsciiString(string first, string second, string third)
    {
        var length = first.Length + second.Length + third.Length;
        WriteInt(length << 1);
        Reserve(length);
        CopyAscii(first);
        CopyAscii(second);
        CopyAscii(third);
    }

    /// <summary>Appends pre-encoded bytes (a segment written by another writer).</summary>
    public void WriteEncoded(EquatableArray<byte> bytes)
    {
        var span = bytes.AsSpan();
        Reserve(span.Length);
        span.CopyTo(_buffer.AsSpan(ByteLength));
        ByteLength += span.Length;
    }

    // The caller has reserved the room.
    private void CopyAscii(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            _buffer[ByteLength + i] = (byte)value[i];
        }

        ByteLength += value.Length;
    }

    private void WriteDigit(int digit) => _buffer[ByteLength++] = Pfocr.PfocrLayout.ByteOfDigit(digit);

    private void Reserve(int bytes)
    {
        if (ByteLength + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, ByteLength + bytes));
        }
    }

    internal static bool IsAscii(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
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
}
