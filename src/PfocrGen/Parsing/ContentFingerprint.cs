using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>
/// SHA-256 fingerprints of a file's content in canonical form, for <c>PfocrDataset.ContentHash</c>. The canonical
/// form is of the parsed content, not the bytes: line endings, a byte-order mark, YAML quoting style and mapping
/// key order do not change it; any value does.
/// </summary>
internal static class ContentFingerprint
{
    /// <summary>A front matter: scalars, lists in order, mappings with keys in ordinal order; length-prefixed.</summary>
    public static Sha256Digest OfYaml(YamlNode root)
    {
        var hasher = CanonicalHasher.Rent();
        t_sortTop = 0;
        Append(hasher, root);
        return hasher.FinishDigest();
    }

    /// <summary>A table: its non-blank rows, each without its line break.</summary>
    public static string OfTable(string text)
    {
        // The rows are hashed where they stand in the text: no string per line, no joined copy. Same rules as
        // before: leading BOMs off, split at LF, trailing CRs off, rows that are only whitespace skipped.
        var hasher = CanonicalHasher.Rent();
        var start = 0;
        while (start < text.Length && text[start] == '\uFEFF')
        {
            start++;
        }

        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length + 1 : end + 1;
            var rowEnd = end < 0 ? text.Length : end;
            while (rowEnd > start && text[rowEnd - 1] == '\r')
            {
                rowEnd--;
            }

            if (!IsBlank(text, start, rowEnd))
            {
                hasher.Append(text, start, rowEnd - start).Append('\n');
            }

            start = next;
        }

        return hasher.Finish();
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 of <paramref name="text"/>.</summary>
    public static string Hash(string text) => CanonicalHasher.Rent().Append(text).Finish();

    /// <summary>As <see cref="Hash(string)"/>, reusing <paramref name="sha"/> for many small texts.</summary>
    public static string Hash(HashAlgorithm sha, string text)
    {
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static KeyValuePair<YamlScalar, YamlNode>[]? t_sortStack;

    [ThreadStatic]
    private static int t_sortTop;

    private static void Append(CanonicalHasher hasher, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                // Null and empty are the same to PfocrGen, so they fingerprint the same too.
                var value = scalar.IsNull ? string.Empty : scalar.Value;
                hasher.Append('S').Append(value.Length).Append(':').Append(value);
                break;
            case YamlSequence sequence:
                hasher.Append('L').Append(sequence.Items.Length).Append(':');
                foreach (var item in sequence.Items)
                {
                    Append(hasher, item);
                }

                break;
            case YamlMapping mapping:
                // The entries are sorted in a copy on the thread's sort stack (nested mappings stack above their
                // parent's), not in a new array per mapping. A nested mapping that grows the stack copies this
                // range along, so reading on from the array in hand is still right.
                var entries = mapping.Entries;
                var start = t_sortTop;
                var end = start + entries.Length;
                if (t_sortStack is null || t_sortStack.Length < end)
                {
                    Array.Resize(ref t_sortStack, Math.Max(end, Math.Max(64, (t_sortStack?.Length ?? 0) * 2)));
                }

                var sorted = t_sortStack;
                Array.Copy(entries, 0, sorted, start, entries.Length);
                Array.Sort(sorted, start, entries.Length, KeyOrder.Instance);
                t_sortTop = end;
                hasher.Append('M').Append(entries.Length).Append(':');
                for (var i = start; i < end; i++)
                {
                    Append(hasher, sorted[i].Key);
                    Append(hasher, sorted[i].Value);
                }

                Array.Clear(t_sortStack, start, entries.Length);
                t_sortTop = start;
                break;
        }
    }

    /// <summary>Ordinal key order; keys of a mapping are unique (the loader rejects duplicates), so any sort is stable.</summary>
    private sealed class KeyOrder : IComparer<KeyValuePair<YamlScalar, YamlNode>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(KeyValuePair<YamlScalar, YamlNode> x, KeyValuePair<YamlScalar, YamlNode> y) =>
            string.CompareOrdinal(x.Key.Value, y.Key.Value);
    }
}
