namespace Pfocr
{
    using System.Reflection;

    internal static partial class PfocrTables
    {
        private const int TableConstants = 4;

        private static readonly string/*?*/[] s_packed = new string/*?*/[TableConstants + ShardCount];

        // The data are constant strings holding two bytes per char, read from metadata once each (a constant's
        // value is a metadata blob: no #US heap limit, and far cheaper to compile than a u8 literal). They are
        // read as strings, byte by byte (DataReader), so no Span or System.Memory is needed and the byte order
        // of the machine does not matter.
        // The constants are read by name through reflection, so a trimmed app must keep them.
#if PFOCR_DYNAMIC_DEPENDENCY
        [global::System.Diagnostics.CodeAnalysis.DynamicDependency(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields, typeof(PfocrTables))]
#endif
        private static string Unpack(int slot, string field)
        {
            var text = s_packed[slot];
            if (text == null)
            {
                text = (string)typeof(PfocrTables)
                    .GetField(field, BindingFlags.NonPublic | BindingFlags.Static)/*!*/
                    .GetRawConstantValue()/*!*/;
                s_packed[slot] = text;
            }

            return text;
        }
    }
}
