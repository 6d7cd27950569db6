namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// A fact over the shared release files and corpus: skipped, with the reason, unless both <c>PFOCR_RELEASE</c> and
/// <c>PFOCR_CORPUS</c> are set (.ci/run sets them, so CI skips nothing).
/// </summary>
public sealed class ReleaseFactAttribute : FactAttribute
{
    public ReleaseFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestData.ReleaseVariable)))
        {
            Skip = $"Set {TestData.ReleaseVariable} to the shared pfocr-release folder to run this test (.ci/run does).";
        }
        else
        {
            Skip = CorpusSkip.Reason;
        }
    }
}
