using System;
using System.IO;

namespace PfocrGen.Inputs;

/// <summary>What a claimed AdditionalFile is parsed as, by its extension (NCBI <c>gene_info</c> files have a branch of their own).</summary>
internal enum InputFileKind
{
    None,
    Record,
    Table,
    GeneSets,
}

internal static class InputFileKinds
{
    /// <summary><c>.md</c> records, <c>.tsv</c> tables, <c>.gmt</c> gene sets; anything else is not PfocrGen's to parse.</summary>
    public static InputFileKind Of(string path)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase))
        {
            return InputFileKind.Record;
        }

        if (string.Equals(extension, ".gmt", StringComparison.OrdinalIgnoreCase))
        {
            return InputFileKind.GeneSets;
        }

        return string.Equals(extension, ".tsv", StringComparison.OrdinalIgnoreCase) ? InputFileKind.Table : InputFileKind.None;
    }
}
