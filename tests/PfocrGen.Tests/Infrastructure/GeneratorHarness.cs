using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PfocrGenerator"/> through <see cref="CSharpGeneratorDriver"/> over in-memory records and
/// compiles the result against the .NET 10 reference assemblies, as a consumer project would.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(string consumerSource = "", bool nullable = true) =>
        CSharpCompilation.Create(
            "Consumer",
            consumerSource.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(consumerSource, ParseOptions, path: "Consumer.cs")],
            Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Default,
                deterministic: true));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        IReadOnlyDictionary<string, string>? properties = null,
        bool trackSteps = true,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) =>
        CSharpGeneratorDriver.Create(
            [new PfocrGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), fileMetadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Generates and compiles; the result holds the generator's and the compiler's diagnostics.</summary>
    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> files,
        string consumerSource = "",
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), consumerSource, properties, fileMetadata);

    /// <summary>Generates and compiles from AdditionalTexts as given (e.g. decoded from bytes, or failing to read).</summary>
    public static GeneratorRun Run(
        IEnumerable<AdditionalText> files,
        string consumerSource = "",
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null)
    {
        var texts = files.ToImmutableArray();
        var driver = CreateDriver(texts, properties, fileMetadata: fileMetadata);
        var compilation = CreateCompilation(consumerSource);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var inputDiagnostics = InputAnalysis.Run(compilation, texts, new TestOptionsProvider(properties ?? new Dictionary<string, string>(), fileMetadata));
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics, inputDiagnostics);
    }
}

/// <summary>
/// The outcome of one generator run, the compilation that includes its output, and what
/// <see cref="InputChecking.InputDiagnosticsAnalyzer"/> reported over the same files and options: the compiler runs
/// it beside the generator, and it reports the diagnostics about the input files, which the generator leaves to it.
/// </summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result,
    Compilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> InputAnalyzerDiagnostics)
{
    /// <summary>The PFOCR diagnostics a build lists: the generator's and the input analyzer's, in a stable order.</summary>
    public IReadOnlyList<Diagnostic> Pfocr => InputAnalysis.Ordered(Result.Diagnostics.Concat(InputAnalyzerDiagnostics));

    /// <summary>Compiler diagnostics of the consumer plus generated code, warnings and up.</summary>
    public IReadOnlyList<Diagnostic> CompilerProblems => Compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    public string GeneratedSource(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Emits the compilation and loads it in a collectible context, to call the generated API.</summary>
    public LoadedAssembly Load() => LoadedAssembly.From(Compilation);
}
