namespace PfocrGen.Model;

/// <summary>The MSBuild options that shape the generated API (docs/options.md).</summary>
/// <param name="FigureMembers">Which papers and figures get a typed member on <c>Figures</c> (<see cref="TypedMemberPolicy"/>).</param>
/// <param name="DocCaptionLength">How many caption characters a figure member's XML doc quotes.</param>
/// <param name="GeneSources">Which kinds of gene mention reach the API (<c>PfocrGenGeneSources</c>).</param>
/// <param name="MaxFanOut">Above this many genes from one OCR word, PFOCR013 reports the word.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    bool Public,
    FigureMemberMode FigureMembers,
    int DocCaptionLength,
    GeneSourceKinds GeneSources,
    int MaxFanOut,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Which genes with a symbol get a typed member on <c>Genes</c> (<c>PfocrGenGeneMembers</c>, default
    /// <see cref="GeneMemberMode.Auto"/>, see <see cref="TypedMemberPolicy"/>).
    /// </summary>
    public GeneMemberMode GeneMembers { get; init; } = GeneMemberMode.Auto;

    /// <summary>
    /// Whether this build skips analyzers (<c>RunAnalyzers=false</c>, or <c>RunAnalyzersDuringBuild=false</c> with
    /// <c>RunAnalyzers</c> unset, the SDK's rule). Then <see cref="InputChecking.InputDiagnosticsAnalyzer"/>, which
    /// otherwise reports the diagnostics about input files, does not run, and the generator reports them itself.
    /// </summary>
    public bool AnalyzersSkipped { get; init; }

    /// <summary>What the consuming project can compile (its C# version, available types); not an MSBuild option.</summary>
    public ConsumerTarget Target { get; init; } = ConsumerTarget.Latest;

    public static readonly GeneratorOptions Default = new("Pfocr", false, FigureMemberMode.Auto, 600, GeneSourceKinds.All, 5, EquatableArray<DiagnosticInfo>.Empty);
}
