namespace PfocrGen.Model;

/// <summary>
/// Which kinds of typed members (per paper, per figure) a dataset gets. The generator and the id analyzer both ask here, so the analyzer
/// offers a typed member (PFOCR023) only where the generator wrote one.
/// </summary>
internal static class TypedMemberPolicy
{
    /// <summary>
    /// Above this many figures, <see cref="FigureMemberMode.Auto"/> leaves out the member per paper and per figure
    /// (PFOCR018 says so). Each typed member is a getter the consumer's compiler binds, emits and documents: at the
    /// whole PFOCR release (116,000 figures, 96,000 papers) those members were 80 s of a 135 s build and 3 GB of
    /// its 5.6 GB (docs/performance-log/run-05.md); at 20,000 figures they cost a few seconds. Genes keep their members at
    /// any size, a symbol being how users find a gene, unless <c>PfocrGenGeneMembers=false</c> leaves them out.
    /// </summary>
    public const int AutoFigureLimit = 20_000;

    /// <summary>Whether each paper gets a typed member.</summary>
    public static bool PaperMembers(FigureMemberMode mode, int figureCount) =>
        mode != FigureMemberMode.Auto || figureCount <= AutoFigureLimit;

    /// <summary>Whether each figure gets a typed member.</summary>
    public static bool FigureMembers(FigureMemberMode mode, int figureCount) =>
        mode == FigureMemberMode.All || (mode == FigureMemberMode.Auto && figureCount <= AutoFigureLimit);

    /// <summary>Whether <see cref="FigureMemberMode.Auto"/> left members out (reported as PFOCR018).</summary>
    public static bool AutoLeftOut(FigureMemberMode mode, int figureCount) =>
        mode == FigureMemberMode.Auto && figureCount > AutoFigureLimit;
}
