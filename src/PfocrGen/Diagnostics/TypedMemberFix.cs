namespace PfocrGen.Diagnostics;

/// <summary>
/// What PFOCR023 hands its code fix (src/PfocrGen.CodeFixes links this file): the diagnostic id and the keys of
/// <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that name the typed member to call instead.
/// </summary>
internal static class TypedMemberFix
{
    public const string DiagnosticId = "PFOCR023";

    /// <summary>The generated namespace (<c>PfocrGenNamespace</c>), e.g. <c>Pfocr</c>.</summary>
    public const string NamespaceKey = "Namespace";

    /// <summary>The class holding the member: <c>Figures</c> for figures and papers, <c>Genes</c> for genes.</summary>
    public const string TypeKey = "Type";

    /// <summary>The member name as it must be written in C# (with <c>@</c> for a keyword).</summary>
    public const string MemberKey = "Member";
}
