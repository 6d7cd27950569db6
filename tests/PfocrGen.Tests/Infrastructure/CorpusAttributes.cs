namespace PfocrGen.Tests.Infrastructure;

/// <summary>A fact over the shared corpus: skipped, with the reason, when <c>PFOCR_CORPUS</c> is unset.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() => Skip = CorpusSkip.Reason;
}

/// <summary>A theory over the shared corpus: skipped, with the reason, when <c>PFOCR_CORPUS</c> is unset.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute() => Skip = CorpusSkip.Reason;
}

internal static class CorpusSkip
{
    /// <summary>Null (run) when the corpus variable is set; CI sets it, so CI skips nothing.</summary>
    public static string? Reason => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestData.CorpusVariable))
        ? $"Set {TestData.CorpusVariable} to the shared pfocr-corpus folder to run this test (.ci/run does)."
        : null;
}
