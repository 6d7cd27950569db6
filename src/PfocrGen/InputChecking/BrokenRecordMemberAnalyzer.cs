using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.Diagnostics;
using PfocrGen.Inputs;

namespace PfocrGen.InputChecking;

/// <summary>
/// PFOCR026: where code names a <c>Figures</c> member that does not exist (the compiler's CS0117) and a record left
/// out for an error would have given that member, says so on the member access, naming the record and its first
/// error. Without it, the first error a user meets points at their own code, away from the broken record
/// (<see cref="BrokenRecordNames"/> has how the names are found).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrokenRecordMemberAnalyzer : DiagnosticAnalyzer
{
    private const string FiguresTypeName = "Figures";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MemberOfBrokenRecord);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var options = OptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        if (context.Compilation.Assembly.GetTypeByMetadataName(options.Namespace + "." + FiguresTypeName) is not { } figures)
        {
            return;
        }

        var inputs = InputFiles.Select(context.Options.AdditionalFiles, context.CancellationToken);
        if (inputs.Parsed.Count == 0)
        {
            return;
        }

        // Without a broken record there is nothing to say, and no action is registered: the analyzer driver then does
        // no work for this analyzer at all. The records' parses are the generator's (one lookup each in a build).
        var brokenNames = BrokenRecordNames.Of(inputs, context.CancellationToken);
        if (brokenNames.Count > 0)
        {
            context.RegisterSyntaxNodeAction(node => Check(node, figures, brokenNames), SyntaxKind.SimpleMemberAccessExpression);
        }
    }

    private static void Check(SyntaxNodeAnalysisContext context, INamedTypeSymbol figures, IReadOnlyDictionary<string, BrokenRecord> brokenNames)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (!NamesFigures(access.Expression))
        {
            return;
        }

        var member = context.SemanticModel.GetSymbolInfo(access, context.CancellationToken);
        if (member.Symbol is not null || !member.CandidateSymbols.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol, figures))
        {
            return;
        }

        var name = access.Name.Identifier.ValueText;
        if (!brokenNames.TryGetValue(name, out var broken))
        {
            return;
        }

        var error = broken.FirstError;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.MemberOfBrokenRecord,
            access.Name.GetLocation(),
            name,
            broken.Path,
            (error.Position.Line + 1).ToString(CultureInfo.InvariantCulture),
            (error.Position.Column + 1).ToString(CultureInfo.InvariantCulture),
            error.Id,
            error.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture)));
    }

    // Syntax first, so that only accesses written on Figures (Figures.X, Pfocr.Figures.X, global::Pfocr.Figures.X) are bound.
    private static bool NamesFigures(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == FiguresTypeName,
        MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText == FiguresTypeName,
        _ => false,
    };
}
