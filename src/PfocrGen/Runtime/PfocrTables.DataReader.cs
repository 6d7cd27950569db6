namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        /// <summary>Reads varints and strings from the unpacked data (format: PfocrGen's DataStreamWriter).</summary>
        private ref struct DataReader
        {
            private readonly ReadOnlySpan<byte> _data;
            private int _position;

            public DataReader(ReadOnlySpan<byte> data, int position)
            {
                _data = data;
                _position = position;
            }

            public int Position => _position;

            public int ReadInt()
            {
                var value = 0;
                var shift = 0;
                while (true)
                {
                    var b = _data[_position++];
                    var digit = b <= 0x5B ? b - 0x23 : b - 0x5D + 57;
                    value |= (digit & 31) << shift;
                    if ((digit & 32) == 0)
                    {
                        return value;
                    }

                    shift += 5;
                }
            }

            public string ReadString()
            {
                var header = ReadInt();
                var length = header >> 1;
                if ((header & 1) == 0)
                {
                    var text = length == 0 ? string.Empty : global::System.Text.Encoding.UTF8.GetString(_data.Slice(_position, length));
                    _position += length;
                    return text;
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
                if ((header & 1) == 0)
                {
                    _position += length;
                    return;
                }

                for (var i = 0; i < length; i++)
                {
                    ReadInt();
                }
            }
        }
    }
}
