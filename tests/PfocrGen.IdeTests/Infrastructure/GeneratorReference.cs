using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PfocrGen.IdeTests.Infrastructure;

/// <summary>
/// Attaches <see cref="PfocrGenerator"/> to a workspace project the way an analyzer DLL from a package is attached
/// in the IDE. Roslyn's public <c>AnalyzerImageReference</c> carries analyzers only, not generators, hence this.
/// </summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    private readonly ImmutableArray<ISourceGenerator> _generators = [new PfocrGenerator().AsSourceGenerator()];

    public override string FullPath => typeof(PfocrGenerator).Assembly.Location;

    public override string Display => nameof(PfocrGenerator);

    // One identity for the whole test run, so two workspaces never mix up their generator state.
    public override object Id { get; } = new();

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}
