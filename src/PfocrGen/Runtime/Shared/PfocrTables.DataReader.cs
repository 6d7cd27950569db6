// Shared: compiled into the generator too (PfocrGen.csproj), and emitted into every consumer without this line.
namespace Pfocr
{
    using System;

    internal static partial class PfocrTables
    {
        /// <summary>
        /// Reads varints and strings from packed data (format: PfocrGen's DataStreamWriter). Byte i of the data is
        /// the low (even i) or high (odd i) half of char i / 2, so the reader needs no Span and is endian-independent.
        /// PfocrGen compiles this file too: its id analyzer reads the generated constants with this same reader.
        /// </summary>
        internal struct DataReader : PfocrLayout.IFieldSink
        {
            private readonly string _data;
            private int _position;

            // UTF-8 bytes of the string being read, reused for every string this reader reads.
            private byte[] _buffer;

            public DataReader(string data, int position)
            {
                _data = data;
                _position = position;
                _buffer = Array.Empty<byte>();
            }

            public int Position => _position;

            public int ReadInt()
            {
                var value = 0;
                var shift = 0;
                while (true)
                {
                    var b = ByteAt(_position++);
                    var digit = PfocrLayout.DigitOfByte(b);
                    value |= (digit & PfocrLayout.DigitValue) << shift;
                    if ((digit & PfocrLayout.MoreDigits) == 0)
                    {
                        return value;
                    }

                    shift += PfocrLayout.DigitBits;
                }
            }

            public string ReadString()
            {
                var header = ReadInt();
                var length = header >> 1;
                if ((header & PfocrLayout.Utf16String) == 0)
                {
                    return length == 0 ? string.Empty : global::System.Text.Encoding.UTF8.GetString(ReadBytes(length), 0, length);
                }

                // Text that UTF-8 cannot carry (a lone surrogate) is stored as UTF-16 code units.
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = (char)ReadInt();
                }

                return new string(chars);
            }

            public void SkipString()
            {
                var header = ReadInt();
                var length = header >> 1;
                if ((header & PfocrLayout.Utf16String) == 0)
                {
                    _position += length;
                    return;
                }

                for (var i = 0; i < length; i++)
                {
                    ReadInt();
                }
            }

            /// <summary>Reads an integer field of a record (<see cref="PfocrLayout"/> gives the order).</summary>
            public void Int(ref int value) => value = ReadInt();

            /// <summary>Reads a string field; one already known (not null) is skipped, costing no string.</summary>
            public void String(ref string value)
            {
                if (value == null)
                {
                    value = ReadString();
                }
                else
                {
                    SkipString();
                }
            }

            /// <summary>Reads a list of strings: its count, then each string.</summary>
            public void Strings(ref string[] values)
            {
                var count = ReadInt();
                values = count == 0 ? Array.Empty<string>() : new string[count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = ReadString();
                }
            }

            /// <summary>Reads a list of integers: its count, then each integer.</summary>
            public void Ints(ref int[] values)
            {
                values = new int[ReadInt()];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = ReadInt();
                }
            }

            private int ByteAt(int index) => (byte)(_data[index >> 1] >> ((index & 1) << 3));

            // Copies the next length bytes into the buffer, two per char where the position is even.
            private byte[] ReadBytes(int length)
            {
                if (_buffer.Length < length)
                {
                    _buffer = new byte[Math.Max(length, 128)];
                }

                var bytes = _buffer;
                var i = 0;
                var position = _position;
                if ((position & 1) != 0)
                {
                    bytes[i++] = (byte)(_data[position >> 1] >> 8);
                    position++;
                }

                for (; i + 1 < length; i += 2, position += 2)
                {
                    var pair = _data[position >> 1];
                    bytes[i] = (byte)pair;
                    bytes[i + 1] = (byte)(pair >> 8);
                }

                if (i < length)
                {
                    bytes[i] = (byte)_data[position >> 1];
                }

                _position += length;
                return bytes;
            }
        }
    }
}
