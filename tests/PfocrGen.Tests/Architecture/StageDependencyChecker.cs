using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PfocrGen.Tests.Architecture;

/// <summary>
/// Finds every use of a later stage (<see cref="GeneratorStages"/>) in a compilation of the generator's sources: each
/// name in code, each target-typed <c>new()</c> and each <c>using</c> directive is bound, and what it binds to is
/// judged by its namespace. Comments (cref included) are not code and may mention any stage.
/// </summary>
internal static class StageDependencyChecker
{
    private static readonly SymbolDisplayFormat s_fullName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    /// <summary>"Parsing/Foo.cs uses PfocrGen.Building.Bar", once per file and used type (or namespace), in file order.</summary>
    /// <param name="displayPath">The name a tree's file is reported by.</param>
    public static IReadOnlyList<string> Violations(Compilation compilation, Func<SyntaxTree, string> displayPath)
    {
        var violations = new List<string>();
        foreach (var tree in compilation.SyntaxTrees.OrderBy(displayPath, StringComparer.Ordinal))
        {
            var root = tree.GetCompilationUnitRoot();
            if (root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is not { } declaration)
            {
                continue;
            }

            var user = declaration.Name.ToString();
            var model = compilation.GetSemanticModel(tree);
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes())
            {
                if (UsedNamespaceAndName(node, model) is ({ } used, { } name) && !GeneratorStages.MayUse(user, used))
                {
                    found.Add(name);
                }
            }

            violations.AddRange(found.Select(name => $"{displayPath(tree)} uses {name}"));
        }

        return violations;
    }

    // The namespace a node makes its file depend on, and the name to report it by.
    private static (string? Namespace, string? Name) UsedNamespaceAndName(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case UsingDirectiveSyntax { Name: { } name } directive:
                var target = model.GetSymbolInfo(name).Symbol;
                return target is INamespaceSymbol ns
                    ? (ns.ToDisplayString(s_fullName), "namespace " + ns.ToDisplayString(s_fullName))
                    : directive.StaticKeyword != default && target is ITypeSymbol type ? Describe(type) : (null, null);
            case SimpleNameSyntax when node.Ancestors().Any(static a => a is UsingDirectiveSyntax):
                return (null, null); // judged as the whole directive above
            case SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax:
                var info = model.GetSymbolInfo(node);
                return (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) is { } symbol ? Describe(symbol) : (null, null);
            default:
                return (null, null);
        }
    }

    // A type stands for itself; a member, for the type that declares it. Locals, parameters, type parameters and
    // namespaces met as qualifiers (their types are bound on their own) are not dependencies.
    private static (string? Namespace, string? Name) Describe(ISymbol symbol)
    {
        if (symbol is IAliasSymbol alias)
        {
            symbol = alias.Target;
        }

        var type = symbol switch
        {
            IArrayTypeSymbol array => array.ElementType,
            ITypeParameterSymbol or IDynamicTypeSymbol or IErrorTypeSymbol => null,
            ITypeSymbol t => t,
            IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
            _ => null,
        };

        if (type is null || type.ContainingNamespace is not { IsGlobalNamespace: false } ns)
        {
            return (null, null);
        }

        return (ns.ToDisplayString(s_fullName), type.OriginalDefinition.ToDisplayString(s_fullName));
    }
}
