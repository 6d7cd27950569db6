using System.Threading;
using PfocrGen.Model;

namespace PfocrGen.Parsing;

/// <summary>Reads a record's YAML front matter into a tree, or the diagnostic that says why it cannot.</summary>
internal delegate (YamlNode? Root, DiagnosticInfo? Error) FrontMatterReader(
    string path, string content, int bodyStart, int bodyLength, FilePositions positions, CancellationToken cancellationToken);

/// <summary>The readers a record parser may use.</summary>
internal static class FrontMatterReaders
{
    /// <summary>
    /// <see cref="FrontMatterScanner"/> for the front matter PFOCR writes, YamlDotNet (<see cref="YamlTreeLoader"/>)
    /// for anything else: the same tree either way, several times faster for nearly every real record.
    /// </summary>
    public static readonly FrontMatterReader ScannerFirst = static (path, content, bodyStart, bodyLength, positions, cancellationToken) =>
        FrontMatterScanner.TryRead(content, bodyStart, bodyLength, positions, cancellationToken) is { } root
            ? (root, null)
            : YamlTreeLoader.Load(path, content, bodyStart, bodyLength, positions, cancellationToken);

    /// <summary>YamlDotNet alone, which the tests hold the scanner to.</summary>
    public static readonly FrontMatterReader YamlDotNetOnly = YamlTreeLoader.Load;
}
