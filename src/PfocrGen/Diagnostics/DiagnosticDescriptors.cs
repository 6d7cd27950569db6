using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PfocrGen.Diagnostics;

/// <summary>
/// The PFOCR diagnostic catalogue. Ids are public API: never renumber; add new ids at the end and list them in
/// AnalyzerReleases.Unshipped.md and docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PfocrGen";
    private const string HelpBase = "https://github.com/PfocrGen/PfocrGen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MissingFrontMatter = Create(
        "PFOCR001", DiagnosticSeverity.Error,
        "Record has no YAML front matter",
        "'{0}' has no YAML front matter: {1}. A PFOCR record starts with a line '---', then YAML, then a closing '---' line.");

    public static readonly DiagnosticDescriptor YamlSyntaxError = Create(
        "PFOCR002", DiagnosticSeverity.Error,
        "YAML syntax error in record front matter",
        "YAML syntax error: {0}. Fix the front matter at this position; the record is left out until then.");

    public static readonly DiagnosticDescriptor MissingRequiredField = Create(
        "PFOCR003", DiagnosticSeverity.Error,
        "Required field missing or empty",
        "Required field '{0}' is missing or empty; add '{0}: <value>' to the front matter (the record is left out until then)");

    public static readonly DiagnosticDescriptor DuplicateFigureId = Create(
        "PFOCR004", DiagnosticSeverity.Error,
        "Duplicate figure id",
        "Figure id '{0}' is already declared in '{1}'; this record is left out. Remove one of the two files or give it its own figid.");

    public static readonly DiagnosticDescriptor WrongShape = Create(
        "PFOCR005", DiagnosticSeverity.Warning,
        "Field has the wrong shape",
        "Field '{0}' should be {1} but is {2}; the field is ignored");

    public static readonly DiagnosticDescriptor InvalidGeneId = Create(
        "PFOCR006", DiagnosticSeverity.Warning,
        "Gene id is not a positive integer",
        "'{0}' value '{1}' is not a positive integer NCBI gene id; this gene mention is skipped");

    public static readonly DiagnosticDescriptor PmcidMismatch = Create(
        "PFOCR007", DiagnosticSeverity.Warning,
        "pmcid disagrees with the figure id",
        "pmcid '{0}' disagrees with the figid prefix '{1}'; the figure is filed under pmcid '{0}'. Correct whichever is wrong.");

    public static readonly DiagnosticDescriptor MalformedTable = Create(
        "PFOCR008", DiagnosticSeverity.Warning,
        "Sidecar table is malformed",
        "Table '{0}': {1}");

    public static readonly DiagnosticDescriptor OrphanTable = Create(
        "PFOCR009", DiagnosticSeverity.Warning,
        "Sidecar table has no figure record",
        "Table '{0}' belongs to figure '{1}', but no record declares that figid; add '{1}.md' to the AdditionalFiles or remove the table");

    public static readonly DiagnosticDescriptor NameChanged = Create(
        "PFOCR010", DiagnosticSeverity.Info,
        "Generated member name changed",
        "'{0}' is generated as member '{1}' ({2})");

    public static readonly DiagnosticDescriptor ImplausibleYear = Create(
        "PFOCR011", DiagnosticSeverity.Warning,
        "Year is not plausible",
        "year '{0}' is not a year between 1800 and 2200; Year is null for this figure");

    public static readonly DiagnosticDescriptor SafetyLimit = Create(
        "PFOCR012", DiagnosticSeverity.Error,
        "Record exceeds a safety limit",
        "{0} exceeds the safety limit of {1}; the file is skipped");

    public static readonly DiagnosticDescriptor WordFanOut = new(
        "PFOCR013",
        "OCR word fans out to many genes",
        "OCR word '{0}' matches {1} genes ({2}), more than PfocrGenMaxFanOut ({3}); consider PfocrGenGeneSources=Symbol;Synonym to drop family expansions",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        helpLinkUri: HelpBase + "pfocr013");

    public static readonly DiagnosticDescriptor UnrecognizedTableName = Create(
        "PFOCR014", DiagnosticSeverity.Warning,
        "Table file name not recognized",
        "Table '{0}' is not named '<figid>-genes.tsv', '<figid>-chemicals.tsv' or '<figid>-diseases.tsv'; it is ignored");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "PFOCR015", DiagnosticSeverity.Error,
        "Invalid PfocrGen option",
        "MSBuild property '{0}' has the value '{1}', which is not valid: {2}");

    public static readonly DiagnosticDescriptor InternalError = Create(
        "PFOCR016", DiagnosticSeverity.Error,
        "PfocrGen failed on a file",
        "PfocrGen failed while reading this file ({0}: {1}); the file is skipped. Please report this with the file attached.");

    public static readonly DiagnosticDescriptor TooManyDiagnostics = Create(
        "PFOCR017", DiagnosticSeverity.Warning,
        "Too many problems in one file",
        "{0} more problems in this file are not reported (only the first {1} are); this is the first of them. Fix the ones above, or check that the file is a PFOCR record or table.");

    public static readonly DiagnosticDescriptor FigureMembersLeftOut = Create(
        "PFOCR018", DiagnosticSeverity.Info,
        "Paper and figure members left out",
        "{0} figures are more than the {1} for which PfocrGenFigureMembers=auto writes a typed member per paper and per figure, so they are left out to keep the build fast; use Figures.ById, Papers.ById or Figures.All (set PfocrGenFigureMembers to 'true' to keep them at any size, or to 'false' for paper members only)");

    public static readonly DiagnosticDescriptor InternalTablesError = Create(
        "PFOCR019", DiagnosticSeverity.Error,
        "PfocrGen failed while building the tables",
        "PfocrGen failed while building the tables from the records ({0}: {1}); no data was generated. Please report this with the records attached.");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "PFOCR020", DiagnosticSeverity.Error,
        "C# version too old for PfocrGen",
        "This project compiles as C# {0}, and the code PfocrGen generates needs C# {1} or later, so nothing was generated. Set <LangVersion>{1}</LangVersion> (or 'latest') in the project file.");

    public static readonly DiagnosticDescriptor AliasCollision = Create(
        "PFOCR021", DiagnosticSeverity.Warning,
        "Figure alias already names another figure",
        "Alias '{0}' of figure '{1}' already names figure '{2}' (in '{3}'); figure '{1}' is not found by this alias. Correct the figid_alias of one of the two records.");

    public static readonly DiagnosticDescriptor UnknownId = Create(
        "PFOCR022", DiagnosticSeverity.Warning,
        "Id not found in the compiled records",
        "No compiled record has the {0} {1}, so {2} finds nothing at run time{3}");

    public static readonly DiagnosticDescriptor TypedMemberAvailable = Create(
        TypedMemberFix.DiagnosticId, DiagnosticSeverity.Info,
        "Lookup by a constant id has a typed member",
        "{0} can be written {1}: a typed member, checked by the compiler and never null");

    public static readonly DiagnosticDescriptor InvalidPathwayScore = Create(
        "PFOCR024", DiagnosticSeverity.Warning,
        "Pathway score is not a number between 0 and 1",
        "'{0}' of {1} is not a number between 0 and 1, so the figure has no PathwayScore; write the classifier's score, e.g. '{0}: 0.95', or leave the field out");

    public static readonly DiagnosticDescriptor PaperFieldsDisagree = Create(
        "PFOCR025", DiagnosticSeverity.Info,
        "Figures of one paper disagree",
        "Paper {0} has {1} '{2}' here but '{3}' in '{4}', its figure first in figure id order, so Paper.{5} is '{3}'; correct the record that is wrong");

    public static readonly DiagnosticDescriptor MemberOfBrokenRecord = Create(
        "PFOCR026", DiagnosticSeverity.Error,
        "Member missing because its record was left out",
        "Figures has no member '{0}' because the record that would give it has an error and is left out: {1}({2},{3}): {4}: {5}");

    public static readonly DiagnosticDescriptor KnownIdDescription = Create(
        "PFOCR027", DiagnosticSeverity.Info,
        "What a constant id finds",
        "{0} finds {1}");

    public static readonly DiagnosticDescriptor GeneMembersLeftOut = Create(
        "PFOCR028", DiagnosticSeverity.Info,
        "Gene members left out",
        "{0} genes have a symbol, more than the {1} for which PfocrGenGeneMembers=auto writes a typed member per gene, so they are left out to keep the editor and the build fast; use Genes.BySymbol, Genes.ByEntrez or Genes.All, whose constant arguments are checked (set PfocrGenGeneMembers to 'true' to keep them at any size)");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        MissingFrontMatter, YamlSyntaxError, MissingRequiredField, DuplicateFigureId, WrongShape, InvalidGeneId,
        PmcidMismatch, MalformedTable, OrphanTable, NameChanged, ImplausibleYear, SafetyLimit, WordFanOut, UnrecognizedTableName,
        InvalidOption, InternalError, TooManyDiagnostics, FigureMembersLeftOut, InternalTablesError,
        LanguageVersionTooOld, AliasCollision, UnknownId, TypedMemberAvailable, InvalidPathwayScore, PaperFieldsDisagree,
        MemberOfBrokenRecord, KnownIdDescription, GeneMembersLeftOut);

    // The cross-file ids as InputDiagnosticsAnalyzer reports them, from its compilation-end action: the
    // CompilationEnd tag tells the IDE (and RS1037) that they come only with whole-compilation analysis, so an
    // editor does not drop them as stale between two such runs. PFOCR008 is also a per-file diagnostic (a malformed
    // table), which keeps the untagged descriptor; only its cross-file use (a second table) is tagged. PFOCR019 is
    // the generator's, but the analyzer reports it when its own run of the same cross-file steps fails.
    private static readonly Dictionary<string, DiagnosticDescriptor> s_compilationEndById = Index(
        AtCompilationEnd(DuplicateFigureId), AtCompilationEnd(MalformedTable), AtCompilationEnd(OrphanTable),
        AtCompilationEnd(NameChanged), AtCompilationEnd(AliasCollision), AtCompilationEnd(PaperFieldsDisagree),
        AtCompilationEnd(InternalTablesError));

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    /// <summary>The descriptors of the ids reported from a compilation-end action, tagged <c>CompilationEnd</c>.</summary>
    public static IEnumerable<DiagnosticDescriptor> CompilationEnd => s_compilationEndById.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>The <c>CompilationEnd</c>-tagged descriptor of a cross-file id (<see cref="CompilationEnd"/>).</summary>
    public static DiagnosticDescriptor CompilationEndById(string id) => s_compilationEndById[id];

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor AtCompilationEnd(DiagnosticDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title,
        descriptor.MessageFormat,
        descriptor.Category,
        descriptor.DefaultSeverity,
        descriptor.IsEnabledByDefault,
        descriptor.Description,
        descriptor.HelpLinkUri,
        WellKnownDiagnosticTags.CompilationEnd);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
