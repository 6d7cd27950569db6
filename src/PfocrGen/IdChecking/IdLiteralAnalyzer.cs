using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Diagnostics;
using PfocrGen.Inputs;

namespace PfocrGen.IdChecking;

/// <summary>
/// Checks constant arguments of the generated lookups (<c>Figures.ById</c>, <c>Papers.ById</c>,
/// <c>Genes.BySymbol</c>, <c>Genes.ByEntrez</c>, <c>Chemicals.ById</c>, <c>Diseases.ById</c>) against the ids the
/// generator compiled in: an unknown id is PFOCR022, a known one that has a typed member is PFOCR023, any other
/// known one is PFOCR027, which says what it finds (where no typed member's doc comment can). It follows
/// <c>PfocrGenNamespace</c> and is silent where there is no generated API.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdLiteralAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownId, DiagnosticDescriptors.TypedMemberAvailable, DiagnosticDescriptors.KnownIdDescription);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var options = OptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        var assembly = context.Compilation.Assembly;
        if (assembly.GetTypeByMetadataName(options.Namespace + ".PfocrTables") is not { } tables)
        {
            return;
        }

        var methods = LookupMethods.Find(assembly, options.Namespace);
        if (methods.Count > 0)
        {
            // The ids are read on the first constant argument, not here: a project that never looks one up pays nothing.
            context.RegisterOperationAction(new IdCheck(tables, options, methods).Analyze, OperationKind.Invocation);
        }
    }
}
