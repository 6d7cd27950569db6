using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PfocrGen.Model;

/// <summary>
/// What the consuming project can compile: its C# version and the framework types the runtime uses when present.
/// Read from the parse options, the metadata references and the consumer's own declarations (never the compilation,
/// see <c>Inputs.ConsumerTypes</c>), and kept this small and equatable so that typing in the project leaves every
/// generated file cached.
/// </summary>
/// <param name="LanguageVersion">The effective C# version, as <see cref="Microsoft.CodeAnalysis.CSharp.LanguageVersion"/>'s number (703 for 7.3).</param>
/// <param name="HasDynamicDependency">Whether <c>DynamicDependencyAttribute</c> (the trimming hint; .NET 5+) is available.</param>
/// <param name="HasExternalInit">Whether <c>IsExternalInit</c> (needed by <c>init</c> accessors; .NET 5+) is available.</param>
internal sealed record ConsumerTarget(int LanguageVersion, bool HasDynamicDependency, bool HasExternalInit)
{
    /// <summary>The oldest C# the generated code is written for.</summary>
    public const int MinimumLanguageVersion = (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;

    /// <summary>A modern project (and what tests that give no parse options get).</summary>
    public static readonly ConsumerTarget Latest = new((int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, true, true);

    public const string MinimumLanguageVersionText = "7.3";

    public bool Supported => LanguageVersion >= MinimumLanguageVersion;

    /// <summary>C# 8+: <c>#nullable</c>, <c>T?</c> on reference types and <c>!</c> may be written.</summary>
    public bool NullableSyntax => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8;

    public bool InitAccessors => HasExternalInit && LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9;

    /// <summary>The C# version as the user writes it in <c>LangVersion</c>, e.g. <c>7.2</c>.</summary>
    public string LanguageVersionText => ((LanguageVersion)LanguageVersion).ToDisplayString();

    public static int ReadLanguageVersion(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
}
