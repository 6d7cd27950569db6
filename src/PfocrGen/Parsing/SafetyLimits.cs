namespace PfocrGen.Parsing;

/// <summary>
/// Bounds on the work one file may cause, so that a hostile or broken file ends in PFOCR012 quickly and in
/// little memory instead of stalling the IDE. Real records are 2–10 KB with nesting depth 3 and no aliases;
/// every limit leaves two orders of magnitude of headroom. Stated in docs/diagnostics.md.
/// </summary>
internal static class SafetyLimits
{
    /// <summary>Characters in one <c>.md</c> record.</summary>
    public const int MaxRecordChars = 2 * 1024 * 1024;

    /// <summary>
    /// Characters in one sidecar table. The largest real genes table is about 10 KB; at 16 MB a table of valid
    /// rows took over a second and one of malformed rows two seconds and 1.6 GB of allocations (issue 3).
    /// </summary>
    public const int MaxTableChars = 4 * 1024 * 1024;

    /// <summary>
    /// Characters in one <c>.gmt</c> file. A whole PFOCR release as GMT (80,000 sets of ~30 gene ids) is about
    /// 20 MB; larger inputs belong in several files.
    /// </summary>
    public const int MaxGmtChars = 32 * 1024 * 1024;

    /// <summary>
    /// Characters in one NCBI <c>gene_info</c> file. NCBI's largest per-species file, human, is ~65 MB (~190,000
    /// rows); twice that leaves room to grow, and reading a file of this size stays under a few seconds.
    /// </summary>
    public const int MaxGeneInfoChars = 128 * 1024 * 1024;

    /// <summary>Characters in one YAML scalar.</summary>
    public const int MaxScalarChars = 1024 * 1024;

    /// <summary>Nesting depth of YAML collections.</summary>
    public const int MaxDepth = 64;

    /// <summary>YAML nodes in one front matter, counting every alias as the size of what it refers to.</summary>
    public const int MaxExpandedNodes = 200_000;

    /// <summary>Diagnostics reported for one file; the rest are counted in one PFOCR017.</summary>
    public const int MaxDiagnosticsPerFile = 100;

    /// <summary>A limit as diagnostics state it ("1,048,576 characters"), the same under every culture.</summary>
    public static string Describe(int limit, string unit) =>
        limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + unit;
}
