namespace PfocrGen.Model;

/// <summary>One file's pre-encoded data bytes (layout: <c>Emitting/DataStreamWriter</c>).</summary>
internal sealed record EncodedSegment(EquatableArray<byte> Bytes)
{
    public int ByteLength => Bytes.Count;
}

/// <summary>
/// A parsed file with its data already encoded for the generated tables, and a figure record's XML doc already
/// written. Encoding per file keeps the cross-file step to concatenation, so one edited record costs one file's
/// encoding, not the whole set's.
/// </summary>
internal sealed record EncodedFile(
    ParsedFile File,
    EncodedSegment? Meta,
    EncodedSegment? Genes,
    EncodedSegment? Chemicals,
    EncodedSegment? Diseases,
    string FigureDoc);
