namespace PfocrGen.Model;

/// <summary>One file's pre-encoded data bytes (layout: <c>Emitting/DataStreamWriter</c>).</summary>
internal sealed record EncodedSegment(EquatableArray<byte> Bytes)
{
    public int ByteLength => Bytes.Count;
}

/// <summary>A figure's encoded data segments and its XML doc, ready for the cross-file step to place.</summary>
internal sealed record EncodedFigure(
    FigureRecord Record,
    EncodedSegment Meta,
    EncodedSegment? Genes,
    EncodedSegment? Chemicals,
    EncodedSegment? Diseases,
    string Doc);

/// <summary>
/// A parsed file with its data already encoded for the generated tables, and each figure's XML doc already
/// written. Encoding per file keeps the cross-file step to concatenation, so one edited record costs one file's
/// encoding, not the whole set's.
/// </summary>
/// <param name="Table">A sidecar table's one segment (genes, chemicals or diseases, as its kind says).</param>
internal sealed record EncodedFile(
    ParsedFile File,
    EquatableArray<EncodedFigure> Figures,
    EncodedSegment? Table);
