using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PfocrGen;

/// <summary>
/// Which AdditionalFiles are PfocrGen's. A project may hand Markdown to other analyzers too (release notes,
/// docs), so files can be marked as PfocrGen input with the <c>PfocrGenInput</c> item metadata — the package's
/// <c>PfocrRecord</c> item sets it. The rule: when any AdditionalFile is marked, only the marked ones are read;
/// when none is, every AdditionalFile of a known kind is (a project that just lists its records keeps working).
/// The marking rule does not look at extensions; what a claimed file is read as still follows its extension.
/// </summary>
internal static class InputSelection
{
    /// <summary>The item metadata that marks an AdditionalFile as PfocrGen input (made visible by build/PfocrGen.props).</summary>
    public const string MetadataName = "PfocrGenInput";

    /// <summary>The key under which the compiler passes the metadata, per file, to analyzers and generators.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles." + MetadataName;

    /// <summary>Whether this file's options carry <c>PfocrGenInput=true</c> (any case).</summary>
    public static bool IsMarked(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MetadataKey, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a file of a known kind is read, given its own mark and whether the project marks any file.</summary>
    public static bool IsClaimed(bool marked, bool projectMarksAny) => marked || !projectMarksAny;
}
