namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private static readonly Dictionary<int, byte[]> s_bigEndian = new Dictionary<int, byte[]>();

        // The data are constant strings holding two bytes per char, read from metadata once each (a constant's
        // value is a metadata blob: no #US heap limit, and far cheaper to compile than a u8 literal).
        // The constants are read by name through reflection, so a trimmed app must keep them.
        [global::System.Diagnostics.CodeAnalysis.DynamicDependency(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields, typeof(PfocrTables))]
        private static ReadOnlySpan<byte> Unpack(int slot, string field)
        {
            var text = s_packed[slot] ??= (string)typeof(PfocrTables)
                .GetField(field, global::System.Reflection.BindingFlags.NonPublic | global::System.Reflection.BindingFlags.Static)!
                .GetRawConstantValue()!;
            if (BitConverter.IsLittleEndian)
            {
                return global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan());
            }

            lock (s_bigEndian)
            {
                if (!s_bigEndian.TryGetValue(slot, out var bytes))
                {
                    bytes = new byte[text.Length * 2];
                    for (var i = 0; i < text.Length; i++)
                    {
                        bytes[2 * i] = (byte)text[i];
                        bytes[(2 * i) + 1] = (byte)(text[i] >> 8);
                    }

                    s_bigEndian.Add(slot, bytes);
                }

                return bytes;
            }
        }
    }
}
