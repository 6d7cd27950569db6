namespace PfocrGen;

/// <summary>Names of the pipeline steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string ReadReference = nameof(ReadReference);
    public const string ConsumerTarget = nameof(ConsumerTarget);
    public const string Options = nameof(Options);
    public const string ReadManifest = nameof(ReadManifest);
    public const string ParseFile = nameof(ParseFile);
    public const string EncodeFile = nameof(EncodeFile);
    public const string ParseGeneInfo = nameof(ParseGeneInfo);
    public const string IndexGeneInfo = nameof(IndexGeneInfo);
    public const string CollectFiles = nameof(CollectFiles);
    public const string BuildDataset = nameof(BuildDataset);
    public const string NameMembers = nameof(NameMembers);
    public const string PlanOutputs = nameof(PlanOutputs);
}
