namespace PfocrGen.Model;

/// <summary>
/// Which kinds of typed members (per paper, per figure, per gene) a dataset gets. The generator and the id analyzer both ask here, so the analyzer
/// offers a typed member (PFOCR023) only where the generator wrote one.
/// </summary>
internal static class TypedMemberPolicy
{
    /// <summary>
    /// Above this many figures, <see cref="FigureMemberMode.Auto"/> leaves out the member per paper and per figure
    /// (PFOCR018 says so). Each typed member is a getter the consumer's compiler binds, emits and documents, in every
    /// build and, in an editor, in every compilation it checks: at the whole PFOCR release (116,000 figures, 96,000
    /// papers) those members were 80 s of a 135 s build (docs/performance-log/run-05.md), and at 6,129 figures they
    /// doubled the time to check the whole compilation (3.2 to 6.3 s; docs/performance-log/members-issue-26.md).
    /// The same limit as <see cref="AutoGeneLimit"/>, chosen by the same measure: what <c>Figures.</c> lists and binds
    /// (up to this many figures and their papers) stays quick to complete and to check.
    /// </summary>
    public const int AutoFigureLimit = 5_000;

    /// <summary>
    /// Above this many genes with a symbol, <see cref="GeneMemberMode.Auto"/> leaves out the member per gene (PFOCR028
    /// says so). Members are what an editor lists after <c>Genes.</c> and binds on every keystroke: at the whole
    /// release (~53,000 of them) completion took seconds per keystroke and the language server gigabytes
    /// (docs/performance-log/editor-issue-26.md), while a list of a few thousand stays as quick as a small one. Above
    /// the limit a symbol is written as a checked literal (<c>Genes.BySymbol("STAT4")</c>, PFOCR022).
    /// </summary>
    public const int AutoGeneLimit = 5_000;

    /// <summary>Whether each paper gets a typed member.</summary>
    public static bool PaperMembers(FigureMemberMode mode, int figureCount) =>
        mode != FigureMemberMode.Auto || figureCount <= AutoFigureLimit;

    /// <summary>Whether each figure gets a typed member.</summary>
    public static bool FigureMembers(FigureMemberMode mode, int figureCount) =>
        mode == FigureMemberMode.All || (mode == FigureMemberMode.Auto && figureCount <= AutoFigureLimit);

    /// <summary>Whether <see cref="FigureMemberMode.Auto"/> left members out (reported as PFOCR018).</summary>
    public static bool AutoLeftOut(FigureMemberMode mode, int figureCount) =>
        mode == FigureMemberMode.Auto && figureCount > AutoFigureLimit;

    /// <summary>Whether each gene with a symbol gets a typed member, given how many genes have one.</summary>
    public static bool GeneMembers(GeneMemberMode mode, int symbolCount) =>
        mode == GeneMemberMode.All || (mode == GeneMemberMode.Auto && symbolCount <= AutoGeneLimit);

    /// <summary>Whether <see cref="GeneMemberMode.Auto"/> left gene members out (reported as PFOCR028).</summary>
    public static bool AutoLeftOutGenes(GeneMemberMode mode, int symbolCount) =>
        mode == GeneMemberMode.Auto && symbolCount > AutoGeneLimit;
}
