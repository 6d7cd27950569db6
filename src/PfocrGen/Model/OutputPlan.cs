namespace PfocrGen.Model;

/// <summary>
/// The cross-file step's result, split by generated file. Not compared as a whole (it is rebuilt after any edit);
/// each part is selected into its own pipeline node and compared there.
/// </summary>
internal sealed class OutputPlan
{
    public OutputPlan(
        IndexSpec index,
        DatasetInfoSpec info,
        EquatableArray<FigureShardSpec> figureShards,
        EquatableArray<PaperShardSpec> paperShards,
        EquatableArray<GeneShardSpec> geneShards,
        EquatableArray<DiagnosticInfo> diagnostics)
    {
        Index = index;
        Info = info;
        FigureShards = figureShards;
        PaperShards = paperShards;
        GeneShards = geneShards;
        Diagnostics = diagnostics;
    }

    public IndexSpec Index { get; }
    public DatasetInfoSpec Info { get; }
    public EquatableArray<FigureShardSpec> FigureShards { get; }
    public EquatableArray<PaperShardSpec> PaperShards { get; }
    public EquatableArray<GeneShardSpec> GeneShards { get; }
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }
}
