using System.Text;
using CsCheck;

namespace PfocrGen.Tests.Properties;

/// <summary>The kinds of damage real files suffer: edits gone wrong, bad merges, cut-off downloads, wrong encodings.</summary>
internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    Reindent,
    Truncate,
    InsertTab,
    RandomBytes,
    SwapQuote,
    InsertYamlToken,
}

/// <summary>
/// One edit of a file. <see cref="At"/> and <see cref="Amount"/> are taken modulo the file's lines or length,
/// so a mutation applies to any file and shrinks towards small positions.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int At, int Amount, byte[] Bytes)
{
    // Characters and fragments that mean something to YAML, TSV or line counting.
    private static readonly string[] Tokens = [": ", "[", "]", "{", "}", "&a ", "*a", "- ", "# ", "|", ">", "---\n", "\"", "'", "\\", "\r", "\u2028", "\0", "? ", "\t", "%YAML 1.2\n", "!!map "];

    public static readonly Gen<Mutation> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Enum<MutationKind>(),
        CsCheck.Gen.Int[0, int.MaxValue],
        CsCheck.Gen.Int[0, 1000],
        CsCheck.Gen.Byte.Array[1, 8],
        (kind, at, amount, bytes) => new Mutation(kind, at, amount, bytes));

    public string Apply(string text)
    {
        var lines = SplitLines(text);
        var line = At % Math.Max(lines.Count, 1);
        var position = At % (text.Length + 1);
        switch (Kind)
        {
            case MutationKind.DeleteLine when lines.Count > 0:
                lines.RemoveAt(line);
                return string.Concat(lines);
            case MutationKind.DuplicateLine when lines.Count > 0:
                lines.Insert(line, lines[line]);
                return string.Concat(lines);
            case MutationKind.Reindent when lines.Count > 0:
                var shift = Amount % 7 - 3;
                lines[line] = shift >= 0 ? new string(' ', shift + 1) + lines[line] : lines[line][Math.Min(-shift, LeadingSpaces(lines[line]))..];
                return string.Concat(lines);
            case MutationKind.Truncate:
                return text[..position];
            case MutationKind.InsertTab:
                return text.Insert(position, "\t");
            case MutationKind.RandomBytes:
                // Bytes go into the UTF-8 encoding, as a corrupted file on disk would; the compiler decodes it leniently.
                var utf8 = Encoding.UTF8.GetBytes(text).ToList();
                utf8.InsertRange(At % (utf8.Count + 1), Bytes);
                return Encoding.UTF8.GetString(utf8.ToArray());
            case MutationKind.SwapQuote:
                var quotes = Enumerable.Range(0, text.Length).Where(i => text[i] is '\'' or '"').ToList();
                if (quotes.Count == 0)
                {
                    return text.Insert(position, "\"");
                }

                var q = quotes[Amount % quotes.Count];
                return text[..q] + (text[q] == '\'' ? '"' : '\'') + text[(q + 1)..];
            default:
                return text.Insert(position, Tokens[Amount % Tokens.Length]);
        }
    }

    public override string ToString() => $"{Kind}(at {At}, amount {Amount}, bytes {Convert.ToHexString(Bytes)})";

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static int LeadingSpaces(string line) => line.Length - line.TrimStart(' ').Length;
}
