using Microsoft.CodeAnalysis.Text;
using PfocrGen.Parsing;

namespace PfocrGen.Tests.Parsing;

/// <summary>
/// Reads a record's front matter with <see cref="FrontMatterScanner"/> and with YamlDotNet (<see cref="YamlTreeLoader"/>)
/// and holds the scanner to the loader: when the scanner takes a text, the loader must read it without error into
/// the same tree, node for node (kind, value, plainness, position and counted size).
/// </summary>
internal static class YamlTreeComparison
{
    /// <summary>Whether the scanner took the front matter of <paramref name="text"/>; fails the test if its tree differs.</summary>
    public static bool ScannerAgrees(string path, string text)
    {
        if (!FrontMatter.TryFind(text, out var bodyStart, out var bodyLength, out _))
        {
            return false;
        }

        var source = SourceText.From(text);
        var (loaded, error) = YamlTreeLoader.Load(path, text, bodyStart, bodyLength, new FilePositions(source), CancellationToken.None);
        var scanned = FrontMatterScanner.TryRead(text, bodyStart, bodyLength, new FilePositions(source), CancellationToken.None);
        if (scanned is null)
        {
            return false;
        }

        Assert.True(error is null, $"{path}: the scanner read a front matter YamlDotNet rejects ({string.Join(", ", error?.MessageArgs ?? default)})\n{text}");
        var difference = Difference(loaded!, scanned, "front matter");
        Assert.True(difference is null, $"{path}: {difference}\n{text}");
        return true;
    }

    /// <summary>The first difference between two trees, described by where it is; null when they are the same.</summary>
    public static string? Difference(YamlNode expected, YamlNode actual, string where)
    {
        if (expected.GetType() != actual.GetType())
        {
            return $"{where}: {actual.ShapeName} where YamlDotNet reads {expected.ShapeName}";
        }

        if (expected.Position != actual.Position || expected.ExpandedSize != actual.ExpandedSize)
        {
            return $"{where}: at {actual.Position} size {actual.ExpandedSize}, YamlDotNet at {expected.Position} size {expected.ExpandedSize}";
        }

        switch (expected, actual)
        {
            case (YamlScalar e, YamlScalar a):
                return e.Value == a.Value && e.IsPlain == a.IsPlain
                    ? null
                    : $"{where}: '{a.Value}' (plain {a.IsPlain}), YamlDotNet '{e.Value}' (plain {e.IsPlain})";
            case (YamlSequence e, YamlSequence a):
                if (e.Items.Length != a.Items.Length)
                {
                    return $"{where}: {a.Items.Length} items, YamlDotNet {e.Items.Length}";
                }

                return e.Items.Select((item, i) => Difference(item, a.Items[i], $"{where}[{i}]")).FirstOrDefault(d => d is not null);
            case (YamlMapping e, YamlMapping a):
                if (e.Entries.Length != a.Entries.Length)
                {
                    return $"{where}: {a.Entries.Length} keys, YamlDotNet {e.Entries.Length}";
                }

                return e.Entries.Select((entry, i) =>
                        Difference(entry.Key, a.Entries[i].Key, $"{where} key {i}")
                        ?? Difference(entry.Value, a.Entries[i].Value, $"{where}.{entry.Key.Value}"))
                    .FirstOrDefault(d => d is not null);
            default:
                return null;
        }
    }
}
