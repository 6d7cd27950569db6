using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline value through its fields (records keep their properties in fields) and collections, and
/// names every Roslyn object found. Such objects compare by reference and hold whole compilations alive, so a
/// model that contains one defeats the driver's cache and leaks memory in the IDE.
/// </summary>
internal static class PipelineModelWalker
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location)];

    public static IReadOnlyList<string> FindRoslynObjects(object? root)
    {
        var found = new List<string>();
        Walk(root, "value", new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    // A default ImmutableArray throws when enumerated; it holds nothing to walk.
    private static bool IsDefaultImmutableArray(object value, Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && (bool)type.GetProperty("IsDefault")!.GetValue(value)!;

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }

        if (value is IEnumerable items && !IsDefaultImmutableArray(value, type))
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", seen, found);
            }

            // Collections such as ImmutableArray keep their items in fields too; the items were walked above.
            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen, found);
            }
        }
    }
}
