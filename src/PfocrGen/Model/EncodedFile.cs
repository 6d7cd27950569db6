namespace PfocrGen.Model;

/// <summary>One file's pre-encoded data bytes (layout: <c>Packing/DataStreamWriter</c>).</summary>
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
    string Doc)
{
    /// <summary>The genes of the front matter's mentions (empty when the record has none).</summary>
    public GeneDigest GeneDigest { get; init; } = GeneDigest.Empty;
}

/// <summary>
/// A parsed file with its data already encoded for the generated tables, and each figure's XML doc already
/// written. Encoding per file keeps the cross-file step to concatenation, so one edited record costs one file's
/// encoding, not the whole set's.
/// </summary>
/// <param name="Table">A sidecar table's one segment (genes, chemicals or diseases, as its kind says).</param>
/// <param name="FanOut">PFOCR013 findings (off by default), checked here so a file needs no extra pipeline step.</param>
internal sealed record EncodedFile(
    ParsedFile File,
    EquatableArray<EncodedFigure> Figures,
    EncodedSegment? Table,
    EquatableArray<DiagnosticInfo> FanOut)
{
    /// <summary>The genes of a genes table's mentions (empty for other files).</summary>
    public GeneDigest TableGenes { get; init; } = GeneDigest.Empty;
}
