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
    string Fingerprint = "")
{
    /// <summary>The record's <c>figid_alias</c> (<c>PMC5869700__F6</c>), the name release GMT files use; "" for none.</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary>Where <see cref="Alias"/> is written, for diagnostics about it.</summary>
    public TextPosition AliasPosition { get; init; }

    /// <summary>For a GMT line, what its file holds (kind, species); <see langword="null"/> for a <c>.md</c> record.</summary>
    public GeneSetSource? GeneSet { get; init; }
}
