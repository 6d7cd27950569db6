namespace PfocrGen.Model;

/// <summary>
/// The metadata of one figure as read from a record's front matter. Text fields are empty when the record has
/// no value or a placeholder (<c>''</c>, <c>.na.character</c>). The mention lists are present only when the
/// front matter carries them (v1/v2 layouts); v3 records get theirs from sidecar tables.
/// </summary>
/// <param name="Fingerprint">SHA-256 of the record's content in canonical form (see <c>ContentFingerprint</c>).</param>
internal sealed record FigureRecord(
    string Path,
    string Id,
    TextPosition IdPosition,
    string Pmcid,
    string Title,
    string Caption,
    string Number,
    int? Year,
    string Link,
    string PaperTitle,
    string Reference,
    EquatableArray<string> Organisms,
    EquatableArray<GeneMention>? Genes,
    EquatableArray<EntityMention>? Chemicals,
    EquatableArray<EntityMention>? Diseases,
    string Fingerprint = "");
