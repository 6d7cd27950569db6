using System;

namespace PfocrGen.Inputs;

/// <summary>
/// Which AdditionalFiles are PfocrGen's. A project may hand Markdown to other analyzers too (release notes,
/// docs), so the package's <c>PfocrRecord</c> item writes the full paths of its files to one manifest,
/// <c>PfocrGen.inputs</c>, which it also passes as an AdditionalFile. The rule: when a manifest is present, only
/// the files it lists are read; without one, every AdditionalFile of a known kind is (a project that just lists its
/// records keeps working). What a claimed file is read as still follows its extension.
/// </summary>
/// <remarks>
/// A manifest rather than per-file item metadata: <c>CompilerVisibleItemMetadata</c> makes MSBuild write one section
/// per AdditionalFile into the compiler's generated config, and the compiler matches every file against every
/// section. At PFOCR's ~290,000 files that is quadratic: the compiler spent over 14 minutes of CPU before reading a
/// record (docs/performance-log); at 26,000 files, ~12 s.
/// </remarks>
internal static class InputSelection
{
    /// <summary>The file name of the manifest that build/PfocrGen.targets writes for the <c>PfocrRecord</c> items.</summary>
    public const string ManifestFileName = "PfocrGen.inputs";

    /// <summary>Whether <paramref name="path"/> is a manifest of PfocrGen input files.</summary>
    public static bool IsManifest(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), ManifestFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the file at <paramref name="path"/> is read: no manifest claims every file, a manifest the files it lists.</summary>
    public static bool IsClaimed(string path, InputManifest? manifest) => manifest is null || manifest.Lists(path);
}
