namespace PfocrGen.Model;

/// <summary>
/// One figure as read from a record's front matter or a GMT line. Text fields are empty when the record has no
/// value or a placeholder (<c>''</c>, <c>.na.character</c>). The mention lists are present only when the front
/// matter carries them (v1/v2 layouts) or the line lists them; v3 records get theirs from sidecar tables. What only
/// a record publishes is in <see cref="Details"/>, which GMT lines share empty.
/// </summary>
/// <param name="Link">The figure's page, as <c>Identifiers.FigureLink</c> makes it; "" for its paper's page at PMC,
/// made when read (<see cref="PmcLinks.ArticlePage"/>), which is what every GMT line has.</param>
/// <param name="Digest">SHA-256 of the record's content in canonical form (see <c>ContentFingerprint</c>); none for a
/// record made by hand.</param>
internal sealed record FigureRecord(
    string Path,
    string Id,
    TextPosition IdPosition,
    string Pmcid,
    string Title,
    string Link,
    EquatableArray<string> Organisms,
    EquatableArray<GeneMention>? Genes,
    EquatableArray<EntityMention>? Chemicals,
    Sha256Digest Digest = default)
{
    // Kept as given: "" stands for the paper's page, so ~190,000 GMT lines keep no link string each.
    private readonly string _link = Link;

    /// <summary>The figure's page: the record's <c>figlink</c> made absolute, else its paper's page at PMC.</summary>
    public string Link
    {
        get => _link.Length > 0 ? _link : PmcLinks.ArticlePage(Pmcid);
        init => _link = value;
    }

    /// <summary>Whether <see cref="Link"/> is its paper's page, made when read: an encoder can write it without the string.</summary>
    public bool LinksToPaperPage => _link.Length == 0;

    /// <summary><see cref="Digest"/> as lowercase hex, as fingerprints are combined into the dataset's hash; "" for none.</summary>
    public string Fingerprint => Digest.ToHex();

    /// <summary>What the record publishes beyond the figure and its mentions; <see cref="RecordDetails.None"/> for a GMT line.</summary>
    public RecordDetails Details { get; init; } = RecordDetails.None;

    /// <summary>For a GMT line, what its file holds (kind, species); <see langword="null"/> for a <c>.md</c> record.</summary>
    public GeneSetSource? GeneSet { get; init; }

    // What only a record publishes, read through Details (documented there).
    public string Caption => Details.Caption;

    public string Number => Details.Number;

    public int? Year => Details.Year;

    public TextPosition YearPosition => Details.YearPosition;

    public string PaperTitle => Details.PaperTitle;

    public string Reference => Details.Reference;

    public EquatableArray<EntityMention>? Diseases => Details.Diseases;

    public string Alias => Details.Alias;

    public TextPosition AliasPosition => Details.AliasPosition;

    public string Doi => Details.Doi;

    public TextPosition DoiPosition => Details.DoiPosition;

    public string JournalTitle => Details.JournalTitle;

    public TextPosition JournalTitlePosition => Details.JournalTitlePosition;

    public string JournalAbbreviation => Details.JournalAbbreviation;

    public string Publisher => Details.Publisher;

    public EquatableArray<string> Keywords => Details.Keywords;

    public string PathwayScore => Details.PathwayScore;

    public string FigureType => Details.FigureType;

    public string ImageFileName => Details.ImageFileName;

    public string NdexId => Details.NdexId;

    public string WikiPathwaysId => Details.WikiPathwaysId;

    public EquatableArray<string> RecognizedOrganisms => Details.RecognizedOrganisms;

    public EquatableArray<AnnotationEntry> Annotations => Details.Annotations;
}
