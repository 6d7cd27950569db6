namespace PfocrGen.SyntheticCorpus;

/// <summary>One file of a synthetic corpus: a path relative to the records folder and its text.</summary>
public sealed record CorpusFile(string Path, string Text)
{
    public bool IsRecord => Path.EndsWith(".md", StringComparison.Ordinal);
}
