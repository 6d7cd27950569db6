namespace PfocrGen.Model;

/// <summary>A <c>&lt;figid&gt;-genes.tsv</c>, <c>-chemicals.tsv</c> or <c>-diseases.tsv</c> table, read by header name.</summary>
/// <param name="Fingerprint">SHA-256 of the table's rows (see <c>ContentFingerprint</c>).</param>
internal sealed record SidecarTable(
    string Path,
    string FigureId,
    EntityKind Kind,
    EquatableArray<GeneMention> Genes,
    EquatableArray<EntityMention> Entities,
    string Fingerprint = "");
