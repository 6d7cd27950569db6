namespace PfocrGen.Model;

/// <summary>The MSBuild options that shape the generated API (see README, "Options").</summary>
/// <param name="FigureMembers">Whether each figure gets a typed member on <c>Figures</c>; off for very large sets.</param>
/// <param name="DocCaptionLength">How many caption characters a figure member's XML doc quotes.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    bool Public,
    bool FigureMembers,
    int DocCaptionLength,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly GeneratorOptions Default = new("Pfocr", false, true, 600, EquatableArray<DiagnosticInfo>.Empty);
}
