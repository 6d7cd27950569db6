using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace PfocrGen.Model;

/// <summary>
/// A column of many short strings kept as one UTF-8 byte array and the end offset of each, read back one string at
/// a time. NCBI's <c>gene_info</c> files give ~450,000 rows across six species, each with a symbol, a full name and
/// synonyms, of which a dataset reads a few tens of thousands; as strings they cost ~100 MB that the driver keeps,
/// as this ~25 MB and no object per row. Equal when the same strings were added in the same order (the driver
/// compares a file's table only when the file was read again).
/// </summary>
/// <remarks>
/// Every string reads back exactly: one that UTF-8 cannot carry (an unpaired surrogate, which only a text built in
/// memory can hold) is kept as its UTF-16 code units, marked by a complemented (negative) end offset.
/// </remarks>
internal sealed class Utf8StringTable : IReadOnlyList<string>, IEquatable<Utf8StringTable>
{
    public static readonly Utf8StringTable Empty = new(Array.Empty<byte>(), Array.Empty<int>());

    // The strings' bytes one after another, and where each string's bytes end (~end for one kept as UTF-16).
    // Arrays, not EquatableArray, so that a string is decoded from its slice without a copy.
    private readonly byte[] _bytes;
    private readonly int[] _ends;

    private Utf8StringTable(byte[] bytes, int[] ends)
    {
        _bytes = bytes;
        _ends = ends;
    }

    public int Count => _ends.Length;

    public string this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : Offset(_ends[index - 1]);
            var end = _ends[index];
            var length = Offset(end) - start;
            if (length == 0)
            {
                return string.Empty;
            }

            return end >= 0 ? Builder.Utf8.GetString(_bytes, start, length) : Utf16(start, length);
        }
    }

    public bool Equals(Utf8StringTable? other) =>
        other is not null && _bytes.AsSpan().SequenceEqual(other._bytes) && _ends.AsSpan().SequenceEqual(other._ends);

    public override bool Equals(object? obj) => Equals(obj as Utf8StringTable);

    public override int GetHashCode() => unchecked((_ends.Length * 31) + _bytes.Length);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Offset(int end) => end >= 0 ? end : ~end;

    private string Utf16(int start, int length)
    {
        var chars = new char[length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(_bytes[start + (2 * i)] | (_bytes[start + (2 * i) + 1] << 8));
        }

        return new string(chars);
    }

    /// <summary>Adds strings straight from a file's text (no substring per value), then makes the table.</summary>
    internal sealed class Builder
    {
        // Throws on an unpaired surrogate instead of writing U+FFFD, so such a string is kept as UTF-16 instead.
        internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly List<int> _ends;
        private byte[] _bytes;
        private int _length;

        public Builder(int capacityInBytes = 1024, int count = 16)
        {
            _bytes = new byte[Math.Max(16, capacityInBytes)];
            _ends = new List<int>(count);
        }

        public int Count => _ends.Count;

        public void AddEmpty() => _ends.Add(_length);

        public void Add(string text) => Add(text, 0, text.Length);

        public void Add(string text, int start, int length)
        {
            if (length == 0)
            {
                AddEmpty();
                return;
            }

            Reserve(Utf8.GetMaxByteCount(length));

            // ASCII (nearly every gene_info cell) is its own UTF-8: copied here, without an encoder call per cell.
            var ascii = 0;
            while (ascii < length && text[start + ascii] < 0x80)
            {
                _bytes[_length + ascii] = (byte)text[start + ascii];
                ascii++;
            }

            if (ascii == length)
            {
                _length += length;
                _ends.Add(_length);
                return;
            }

            try
            {
                _length += Utf8.GetBytes(text, start, length, _bytes, _length);
                _ends.Add(_length);
            }
            catch (EncoderFallbackException)
            {
                for (var i = start; i < start + length; i++)
                {
                    _bytes[_length++] = (byte)text[i];
                    _bytes[_length++] = (byte)(text[i] >> 8);
                }

                _ends.Add(~_length);
            }
        }

        public Utf8StringTable ToTable()
        {
            var bytes = new byte[_length];
            Array.Copy(_bytes, bytes, _length);
            return new Utf8StringTable(bytes, _ends.ToArray());
        }

        private void Reserve(int bytes)
        {
            if (_length + bytes > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
            }
        }
    }
}
