using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PfocrGen.Inputs;

/// <summary>
/// The paths listed by the project's <c>PfocrGen.inputs</c> manifests (<see cref="InputSelection"/>), one per
/// line. Equal when the same paths are listed, so a rewrite with the same content re-selects nothing.
/// </summary>
internal sealed class InputManifest : IEquatable<InputManifest>
{
    // Normalized once here, so a lookup normalizes only the path it is asked about.
    private readonly HashSet<string> _paths;
    private readonly string[] _sorted;

    private InputManifest(HashSet<string> paths)
    {
        _paths = paths;
        _sorted = paths.OrderBy(path => path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The manifests' paths together, or null when the project has no manifest (every file is claimed).</summary>
    public static InputManifest? Read(ImmutableArray<AdditionalText> manifests, CancellationToken cancellationToken)
    {
        if (manifests.IsEmpty)
        {
            return null;
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            var text = manifest.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            foreach (var line in text.Lines)
            {
                var path = line.ToString().Trim();
                if (path.Length > 0)
                {
                    paths.Add(Normalize(path));
                }
            }
        }

        return new InputManifest(paths);
    }

    /// <summary>Whether the manifest lists <paramref name="path"/>.</summary>
    public bool Lists(string path) => _paths.Contains(Normalize(path));

    public bool Equals(InputManifest? other) => other is not null && _sorted.SequenceEqual(other._sorted, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as InputManifest);

    public override int GetHashCode() => _sorted.Length;

    // MSBuild writes full paths with the platform's separator; the compiler may hand the same file over with the
    // other one. File systems PFOCR users build on (Windows, macOS) ignore case, so paths compare without it.
    private static string Normalize(string path) => path.Replace('\\', '/').ToUpperInvariant();
}
