namespace PfocrGen.InputChecking;

/// <summary>
/// Which of the generator's PFOCR diagnostics stay with it and which <see cref="InputDiagnosticsAnalyzer"/>
/// reports instead, so a build lists each once. The analyzer reports what the input files say: each file's own
/// problems and the cross-file ones located in files (duplicate ids, orphan and second tables, renamed members,
/// alias collisions, disagreeing papers). The generator keeps what concerns the options (PFOCR015), the generated
/// output as a whole (PFOCR018, PFOCR028), its own failure to build the tables (PFOCR019) and the C# version (PFOCR020).
/// </summary>
internal static class DiagnosticOwnership
{
    /// <summary>Whether the generator reports <paramref name="id"/> in every build, analyzers or not.</summary>
    public static bool StaysWithGenerator(string id) => id is "PFOCR015" or "PFOCR018" or "PFOCR019" or "PFOCR020" or "PFOCR028";
}
