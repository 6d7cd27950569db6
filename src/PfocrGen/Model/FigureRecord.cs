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

    // The fields below are what a record publishes beyond the figure and its mentions. A GMT line carries none of
    // them, so they default to "absent": "" for text, empty for lists, null for the score.

    /// <summary>The paper's DOI (<c>doi</c>).</summary>
    public string Doi { get; init; } = string.Empty;

    /// <summary>Where <see cref="Doi"/> is written, for PFOCR025.</summary>
    public TextPosition DoiPosition { get; init; }

    /// <summary>The journal's full title (<c>journal_title</c>).</summary>
    public string JournalTitle { get; init; } = string.Empty;

    /// <summary>Where <see cref="JournalTitle"/> is written, for PFOCR025.</summary>
    public TextPosition JournalTitlePosition { get; init; }

    /// <summary>Where <see cref="Year"/> is written, for PFOCR025.</summary>
    public TextPosition YearPosition { get; init; }

    /// <summary>The journal's NLM title abbreviation (<c>journal_nlm_ta</c>).</summary>
    public string JournalAbbreviation { get; init; } = string.Empty;

    /// <summary>The paper's publisher (<c>publisher_name</c>).</summary>
    public string Publisher { get; init; } = string.Empty;

    /// <summary>The paper's author keywords (<c>keywords</c>, split on <c>|</c>, whitespace folded).</summary>
    public EquatableArray<string> Keywords { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// PFOCR's classifier confidence that the figure is a pathway (<c>automl_pathway</c>, older <c>pathway_score</c>),
    /// as written in the record and checked to be a number in [0, 1]; "" when absent or invalid. Kept as text so that
    /// every reader parses the same digits the record has.
    /// </summary>
    public string PathwayScore { get; init; } = string.Empty;

    /// <summary>What kind of figure it is (<c>figtype</c>: <c>Figure</c>, <c>Scheme</c>, <c>Graphical abstract</c>, …).</summary>
    public string FigureType { get; init; } = string.Empty;

    /// <summary>The figure image's file name at PubMed Central (<c>filename</c>).</summary>
    public string ImageFileName { get; init; } = string.Empty;

    /// <summary>The figure's network at NDEx (<c>ndex</c>, a UUID).</summary>
    public string NdexId { get; init; } = string.Empty;

    /// <summary>The WikiPathways pathway curated from the figure (<c>wpid</c>).</summary>
    public string WikiPathwaysId { get; init; } = string.Empty;

    /// <summary>Organisms recognized in the figure's text (<c>organisms_ner</c>), as written, <c>NA</c> left out.</summary>
    public EquatableArray<string> RecognizedOrganisms { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Curators' typed annotations (<c>annotations</c>).</summary>
    public EquatableArray<AnnotationEntry> Annotations { get; init; } = EquatableArray<AnnotationEntry>.Empty;
}
