using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PfocrGen.IdChecking;

/// <summary>A lookup method of the generated API whose constant argument is checked.</summary>
/// <param name="Display">How messages name it, e.g. <c>Figures.ById</c>.</param>
/// <param name="Noun">What its argument is, e.g. <c>figure id</c>.</param>
internal sealed record LookupMethod(LookupKind Kind, string Display, string Noun);

/// <summary>Finds the checked lookup methods among the generated types of one compilation.</summary>
internal static class LookupMethods
{
    private static readonly (string Type, string Method, SpecialType Parameter, LookupKind Kind, string Noun)[] Checked =
    {
        ("Figures", "ById", SpecialType.System_String, LookupKind.Figure, "figure id"),
        ("Papers", "ById", SpecialType.System_String, LookupKind.Paper, "PMCID"),
        ("Genes", "BySymbol", SpecialType.System_String, LookupKind.GeneSymbol, "gene symbol"),
        ("Genes", "ByEntrez", SpecialType.System_Int32, LookupKind.GeneEntrez, "NCBI gene id"),
        ("Chemicals", "ById", SpecialType.System_String, LookupKind.Chemical, "chemical id"),
        ("Diseases", "ById", SpecialType.System_String, LookupKind.Disease, "disease id"),
    };

    /// <summary>The methods, by symbol; empty when the compilation has no generated API in <paramref name="ns"/>.</summary>
    public static Dictionary<IMethodSymbol, LookupMethod> Find(IAssemblySymbol assembly, string ns)
    {
        var methods = new Dictionary<IMethodSymbol, LookupMethod>(SymbolEqualityComparer.Default);
        foreach (var (typeName, methodName, parameter, kind, noun) in Checked)
        {
            if (assembly.GetTypeByMetadataName(ns + "." + typeName) is not { } type)
            {
                continue;
            }

            foreach (var member in type.GetMembers(methodName))
            {
                if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method && method.Parameters[0].Type.SpecialType == parameter)
                {
                    methods.Add(method, new LookupMethod(kind, typeName + "." + methodName, noun));
                }
            }
        }

        return methods;
    }
}
