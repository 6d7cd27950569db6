using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PfocrGen.Diagnostics;
using PfocrGen.Model;
using PfocrGen.Naming;

namespace PfocrGen.IdChecking;

/// <summary>
/// The id check of one compilation: every invocation of a checked lookup comes here, and the ids are read once,
/// on the first constant argument, then shared by all of them (<see cref="IdCatalogCache"/>).
/// </summary>
internal sealed class IdCheck
{
    private readonly INamedTypeSymbol _tables;
    private readonly GeneratorOptions _options;
    private readonly Dictionary<IMethodSymbol, LookupMethod> _methods;
    private readonly Lazy<KnownIds?> _known;
    private readonly Lazy<IReadOnlyDictionary<string, List<int>>> _synonyms;
    private readonly Lazy<FigureCounts> _figureCounts;

    public IdCheck(INamedTypeSymbol tables, GeneratorOptions options, Dictionary<IMethodSymbol, LookupMethod> methods)
    {
        _tables = tables;
        _options = options;
        _methods = methods;
        _known = new(() => IdCatalogCache.Get(tables), LazyThreadSafetyMode.ExecutionAndPublication);
        _synonyms = new(() => IdCatalogCache.Synonyms(tables), LazyThreadSafetyMode.ExecutionAndPublication);
        _figureCounts = new(() => IdCatalogCache.FigureCounts(tables), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public void Analyze(OperationAnalysisContext context)
    {
        try
        {
            AnalyzeInvocation(context);
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            // The checks are advice: a failure here (generated data this version cannot read) must not become
            // AD0001, which a TreatWarningsAsErrors build turns into an error in code the user did not write. Every
            // diagnostic is asserted by the tests, so a bug still shows there.
        }
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!_methods.TryGetValue(invocation.TargetMethod.OriginalDefinition, out var method) || invocation.Arguments.Length != 1)
        {
            return;
        }

        var argument = invocation.Arguments[0].Value;
        // A project without records has nothing to check against (yet): silence, not a warning on every lookup.
        if (argument.ConstantValue is not { HasValue: true, Value: { } value } || _known.Value is not { } known || known.Catalog.FigureCount == 0)
        {
            return;
        }

        if (!known.Contains(method.Kind, value))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownId, argument.Syntax.GetLocation(),
                method.Noun, Display(value), method.Display, Suggestions(known, method, value, context.CancellationToken)));
        }
        else if (known.TypedMember(method.Kind, value, _options.FigureMembers, _options.GeneMembers) is { } member && Exists(member.Type, member.Member))
        {
            var written = IdentifierNaming.Escape(member.Member);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(TypedMemberFix.NamespaceKey, _options.Namespace)
                .Add(TypedMemberFix.TypeKey, member.Type)
                .Add(TypedMemberFix.MemberKey, written);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TypedMemberAvailable, invocation.Syntax.GetLocation(), properties,
                $"{method.Display}({Display(value)})", member.Type + "." + written));
        }
        else if (IdDescription.Of(known, method.Kind, value, () => _figureCounts.Value, shard => GeneratedIdCatalog.ShardText(_tables, shard)) is { } description)
        {
            // On the argument, as PFOCR022: an editor shows it on hover over the literal, where a member's doc comment would be.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.KnownIdDescription, argument.Syntax.GetLocation(), $"{method.Display}({Display(value)})", description));
        }
    }

    // The names are recomputed, so the member is looked for before it is offered (figure members can be off). Past
    // 60,000 members a class's members continue in generated base classes (FiguresBase1, ...), which Figures.X
    // reaches by inheritance, so the base types are searched too.
    private bool Exists(string typeName, string memberName)
    {
        foreach (var candidate in _tables.ContainingNamespace.GetTypeMembers(typeName))
        {
            for (INamedTypeSymbol? type = candidate; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(memberName))
                {
                    if (member is IPropertySymbol { IsStatic: true })
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private string Suggestions(KnownIds known, LookupMethod method, object value, CancellationToken cancellationToken)
    {
        if (value is not string text)
        {
            return string.Empty; // Entrez ids: a near number is not a near gene
        }

        var nearest = known.Nearest(method.Kind, text, () => _synonyms.Value, cancellationToken);
        return nearest.Count == 0 ? "; no known id is close to it" : "; nearest: " + string.Join(", ", nearest);
    }

    private static string Display(object value) => value switch
    {
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
