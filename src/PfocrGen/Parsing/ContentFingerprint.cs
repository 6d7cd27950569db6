using System;
using System.Security.Cryptography;
using System.Text;

namespace PfocrGen.Parsing;

/// <summary>
/// SHA-256 fingerprints of a file's content in canonical form, for <c>PfocrDataset.ContentHash</c>. The canonical
/// form is of the parsed content, not the bytes: line endings, a byte-order mark, YAML quoting style and mapping
/// key order do not change it; any value does.
/// </summary>
internal static class ContentFingerprint
{
    /// <summary>A front matter: scalars, lists in order, mappings with keys in ordinal order; length-prefixed.</summary>
    public static string OfYaml(YamlNode root)
    {
        var builder = new StringBuilder(4096);
        Append(builder, root);
        return Hash(builder.ToString());
    }

    /// <summary>A table: its non-blank rows, each without its line break.</summary>
    public static string OfTable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.TrimStart('\uFEFF').Split('\n'))
        {
            var row = line.TrimEnd('\r');
            if (row.Trim().Length > 0)
            {
                builder.Append(row).Append('\n');
            }
        }

        return Hash(builder.ToString());
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 of <paramref name="text"/>.</summary>
    public static string Hash(string text)
    {
        using var sha = SHA256.Create();
        return Hash(sha, text);
    }

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

    private static void Append(StringBuilder builder, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                // Null and empty are the same to PfocrGen, so they fingerprint the same too.
                var value = scalar.IsNull ? string.Empty : scalar.Value;
                builder.Append('S').Append(value.Length).Append(':').Append(value);
                break;
            case YamlSequence sequence:
                builder.Append('L').Append(sequence.Items.Length).Append(':');
                foreach (var item in sequence.Items)
                {
                    Append(builder, item);
                }

                break;
            case YamlMapping mapping:
                var entries = (System.Collections.Generic.KeyValuePair<YamlScalar, YamlNode>[])mapping.Entries.Clone();
                Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
                builder.Append('M').Append(entries.Length).Append(':');
                foreach (var entry in entries)
                {
                    Append(builder, entry.Key);
                    Append(builder, entry.Value);
                }

                break;
        }
    }
}
