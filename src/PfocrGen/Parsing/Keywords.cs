using System.Collections.Generic;
using System.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// A record's <c>keywords</c>: the paper's author keywords joined with <c>|</c>. PFOCR's YAML writer wraps long
/// values, and one real record keeps a line break inside a keyword, so each keyword's whitespace is folded to
/// single spaces; empty entries (<c>a || b</c>, a trailing bar) are dropped and the order is kept.
/// </summary>
internal static class Keywords
{
    public static EquatableArray<string> Split(string value)
    {
        if (value.Length == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var keywords = new List<string>();
        var keyword = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in value + "|")
        {
            if (c == '|')
            {
                if (keyword.Length > 0)
                {
                    keywords.Add(keyword.ToString());
                }

                keyword.Clear();
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = keyword.Length > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    keyword.Append(' ');
                    pendingSpace = false;
                }

                keyword.Append(c);
            }
        }

        return keywords.ToEquatableArray();
    }
}
