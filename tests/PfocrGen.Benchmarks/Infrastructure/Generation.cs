using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PfocrGen.Benchmarks.Infrastructure;

/// <summary>Runs <see cref="PfocrGenerator"/> the way the compiler does, through <see cref="CSharpGeneratorDriver"/>.</summary>
internal static class Generation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static CSharpCompilation Consumer() =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace App; public static class Program { public static void Main() { } }", ParseOptions)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    /// <summary>A driver over <paramref name="texts"/>; step tracking is for counting re-runs, never for timing.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool trackSteps = false, bool publicTypes = false, Dictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            [new PfocrGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new BuildProperties(properties ?? (publicTypes ? new Dictionary<string, string> { ["build_property.PfocrGenVisibility"] = "public" } : [])),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The consumer compilation with the generated sources of <paramref name="texts"/> added.</summary>
    public static Compilation Generated(IEnumerable<AdditionalText> texts, bool publicTypes = false)
    {
        Driver(texts, publicTypes: publicTypes).RunGeneratorsAndUpdateCompilation(Consumer(), out var output, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0 ? output : throw new InvalidOperationException(string.Join("\n", errors));
    }

    private sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
