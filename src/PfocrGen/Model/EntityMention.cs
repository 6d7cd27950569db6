namespace PfocrGen.Model;

/// <summary>
/// One OCR match of a chemical or disease: the printed word and the vocabulary ids it resolved to.
/// Ids are normalised to <c>PREFIX:local</c> form (<c>MESH:D000255</c>, <c>CHEBI:15422</c>, <c>DOID:0060239</c>);
/// an empty id means the record had none.
/// </summary>
/// <param name="OtherId">The ChEBI id for chemicals, the Disease Ontology id for diseases.</param>
internal sealed record EntityMention(string Word, string Name, string MeshId, string OtherId)
{
    /// <summary>The id an entity is known by: the specific vocabulary's id when present, else MeSH.</summary>
    public string Key => OtherId.Length > 0 ? OtherId : MeshId;

    /// <summary>What the OCR word matched (the table's <c>match</c> column, <c>NA</c> read as ""); "" in v1/v2 lists.</summary>
    public string Match { get; init; } = string.Empty;
}
