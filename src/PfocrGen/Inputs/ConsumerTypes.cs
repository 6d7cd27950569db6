using System;
using System.Reflection;
using System.Reflection.Metadata;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PfocrGen.Inputs;

/// <summary>
/// Which of the framework types the runtime uses when present (<c>DynamicDependencyAttribute</c>, <c>IsExternalInit</c>)
/// the consumer can see, read without the compilation, so that a keystroke (a new compilation) does no work here:
/// from each metadata reference (its public top-level type definitions; the driver hands over the same reference
/// objects while the project's references stay the same, so each is read once), and from the consumer's own source,
/// where a hand-written polyfill is found by its declaration alone (only the edited tree is looked at again).
/// </summary>
/// <remarks>
/// What the compilation-based check saw and this one does not: a non-public type of a reference made visible with
/// <c>InternalsVisibleTo</c>. A polyfill declared in source is found however it is declared (any accessibility: it is
/// in the consumer's own assembly), as long as its namespace is written as such (not through an alias).
/// </remarks>
internal static class ConsumerTypes
{
    public const string DynamicDependencyNamespace = "System.Diagnostics.CodeAnalysis";
    public const string DynamicDependencyName = "DynamicDependencyAttribute";
    public const string ExternalInitNamespace = "System.Runtime.CompilerServices";
    public const string ExternalInitName = "IsExternalInit";

    /// <summary>Flags of the types a reference or a declaration provides.</summary>
    [Flags]
    public enum Found
    {
        None = 0,
        DynamicDependency = 1,
        ExternalInit = 2,
    }

    /// <summary>The types a metadata reference defines publicly; <see cref="Found.None"/> if it cannot be read.</summary>
    public static Found InReference(MetadataReference reference, CancellationToken cancellationToken)
    {
        try
        {
            switch (reference)
            {
                case PortableExecutableReference portable:
                    return InMetadata(portable.GetMetadata(), cancellationToken);
                case CompilationReference compilationReference:
                    return InCompilation(compilationReference.Compilation);
                default:
                    return Found.None;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Found.None; // a reference the compiler cannot read either; it reports that itself
        }
    }

    /// <summary>Whether a type declaration is one of the types, declared at the top of its namespace.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is TypeDeclarationSyntax declaration
        && declaration.Identifier.ValueText is ExternalInitName or DynamicDependencyName;

    /// <summary>The type a candidate declaration declares, if it sits directly in its namespace.</summary>
    public static Found InDeclaration(SyntaxNode node)
    {
        if (node is not TypeDeclarationSyntax declaration || declaration.Parent is not BaseNamespaceDeclarationSyntax)
        {
            return Found.None;
        }

        var ns = NamespaceOf(declaration);
        return declaration.Identifier.ValueText switch
        {
            ExternalInitName when ns == ExternalInitNamespace && declaration.Arity == 0 => Found.ExternalInit,
            DynamicDependencyName when ns == DynamicDependencyNamespace && declaration.Arity == 0 => Found.DynamicDependency,
            _ => Found.None,
        };
    }

    private static string NamespaceOf(SyntaxNode node)
    {
        var name = string.Empty;
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BaseNamespaceDeclarationSyntax ns)
            {
                var part = ns.Name.ToString();
                name = name.Length == 0 ? part : part + "." + name;
            }
        }

        return name.Replace(" ", string.Empty);
    }

    private static Found InMetadata(Metadata metadata, CancellationToken cancellationToken)
    {
        var found = Found.None;
        var modules = metadata switch
        {
            AssemblyMetadata assembly => assembly.GetModules(),
            ModuleMetadata module => System.Collections.Immutable.ImmutableArray.Create(module),
            _ => System.Collections.Immutable.ImmutableArray<ModuleMetadata>.Empty,
        };
        foreach (var module in modules)
        {
            var reader = module.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var type = reader.GetTypeDefinition(handle);
                if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public)
                {
                    continue; // non-public or nested
                }

                if (reader.StringComparer.Equals(type.Name, ExternalInitName) && reader.StringComparer.Equals(type.Namespace, ExternalInitNamespace))
                {
                    found |= Found.ExternalInit;
                }
                else if (reader.StringComparer.Equals(type.Name, DynamicDependencyName) && reader.StringComparer.Equals(type.Namespace, DynamicDependencyNamespace))
                {
                    found |= Found.DynamicDependency;
                }
            }
        }

        return found;
    }

    // A project reference in an IDE: the referenced project's own public types (its references are the consumer's
    // only if the consumer references them too, and then they arrive as references of their own).
    private static Found InCompilation(Compilation compilation)
    {
        var found = Found.None;
        if (IsPublic(compilation.Assembly.GetTypeByMetadataName(ExternalInitNamespace + "." + ExternalInitName)))
        {
            found |= Found.ExternalInit;
        }

        if (IsPublic(compilation.Assembly.GetTypeByMetadataName(DynamicDependencyNamespace + "." + DynamicDependencyName)))
        {
            found |= Found.DynamicDependency;
        }

        return found;
    }

    private static bool IsPublic(INamedTypeSymbol? type) => type is { DeclaredAccessibility: Accessibility.Public };
}
