using System.Text;

namespace PfocrGen.Packing;

/// <summary>
/// Makes record text safe inside a <c>///</c> XML doc comment: markup characters are escaped, line breaks (which
/// would end the comment) become spaces, and characters XML forbids are dropped, so a project with
/// <c>GenerateDocumentationFile</c> and warnings as errors builds clean whatever the captions contain.
/// </summary>
internal static class DocText
{
    public static string Escape(string text, int maxLength = int.MaxValue) =>
        Append(new StringBuilder(System.Math.Min(text.Length, maxLength) + 8), text, maxLength).ToString();

    /// <summary>As <see cref="Escape"/>, onto <paramref name="builder"/>: a doc comment is written in one piece.</summary>
    public static StringBuilder Append(StringBuilder builder, string text, int maxLength = int.MaxValue)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (written >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                written += 2;
                continue;
            }

            written++;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                default:
                    if (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && !(c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Escapes an attribute value (a URL in <c>href</c>).</summary>
    public static string Attribute(string text) => Escape(text).Replace("\"", "&quot;");

    /// <summary>As <see cref="Attribute(string)"/>, onto <paramref name="builder"/>.</summary>
    public static StringBuilder AppendAttribute(StringBuilder builder, string text)
    {
        var start = builder.Length;
        Append(builder, text);
        return builder.Replace("\"", "&quot;", start, builder.Length - start);
    }
}
