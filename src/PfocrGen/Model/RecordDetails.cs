namespace PfocrGen.Model;

/// <summary>
/// What a figure record (<c>.md</c>) publishes beyond the figure's id, title, link, organisms and mentions: the
/// caption, the paper and where it appeared, PFOCR's classifications. A GMT line carries none of it, so every line
/// shares <see cref="None"/> and its <see cref="FigureRecord"/> stays small (a release has ~190,000 lines; these
/// fields inline cost ~240 bytes a line). Text fields are "" when absent or a placeholder (<c>''</c>,
/// <c>.na.character</c>), lists empty, the year null.
/// </summary>
internal sealed record RecordDetails
{
    /// <summary>Nothing published: what a GMT line has.</summary>
    public static readonly RecordDetails None = new();

    /// <summary>The figure's caption (<c>caption</c>).</summary>
    public string Caption { get; init; } = string.Empty;

    /// <summary>The figure's number in its paper (<c>number</c>, <c>Figure 3</c>).</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The paper's year (<c>year</c>).</summary>
    public int? Year { get; init; }

    /// <summary>Where <see cref="Year"/> is written, for PFOCR025.</summary>
    public TextPosition YearPosition { get; init; }

    /// <summary>The paper's title (<c>papertitle</c>).</summary>
    public string PaperTitle { get; init; } = string.Empty;

    /// <summary>The paper's reference text (<c>reftext</c>).</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The front matter's disease mentions (v1/v2 layouts); null when it has none.</summary>
    public EquatableArray<EntityMention>? Diseases { get; init; }

    /// <summary>The record's <c>figid_alias</c> (<c>PMC5869700__F6</c>), the name release GMT files use; "" for none.</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary>Where <see cref="Alias"/> is written, for diagnostics about it.</summary>
    public TextPosition AliasPosition { get; init; }

    /// <summary>The paper's DOI (<c>doi</c>).</summary>
    public string Doi { get; init; } = string.Empty;

    /// <summary>Where <see cref="Doi"/> is written, for PFOCR025.</summary>
    public TextPosition DoiPosition { get; init; }

    /// <summary>The journal's full title (<c>journal_title</c>).</summary>
    public string JournalTitle { get; init; } = string.Empty;

    /// <summary>Where <see cref="JournalTitle"/> is written, for PFOCR025.</summary>
    public TextPosition JournalTitlePosition { get; init; }

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
