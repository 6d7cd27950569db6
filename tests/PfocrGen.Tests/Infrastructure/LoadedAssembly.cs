using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// A compiled consumer loaded into its own collectible context, with reflection helpers to call the generated
/// API the way consumer code would (<c>Figures.ById("…")</c>, <c>Genes.STAT4</c>).
/// </summary>
internal sealed class LoadedAssembly
{
    private readonly AssemblyLoadContext _context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly, string ns)
    {
        _context = context;
        Assembly = assembly;
        Namespace = ns;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    public static LoadedAssembly From(Compilation compilation, string ns = "Pfocr")
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Compilation failed:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("pfocr-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromStream(stream), ns);
    }

    /// <summary>Lets the assembly be collected; for tests that load thousands of them.</summary>
    public void Unload() => _context.Unload();

    public Type Type(string name) => Assembly.GetType(Namespace + "." + name, throwOnError: true)!;

    /// <summary>
    /// A static property of a generated class, e.g. <c>Static("Genes", "STAT4")</c>, also when a base class of it
    /// declares the member (large projects spread members over <c>FiguresBase1</c>, …, as C# lookup does).
    /// </summary>
    public object? Static(string type, string member) =>
        Type(type).GetProperty(member, BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null)
        ?? throw new MissingMemberException(type, member);

    /// <summary>Calls a static method of a generated class, e.g. <c>Call("Figures", "ById", "PMC…")</c>.</summary>
    public object? Call(string type, string method, params object[] args) =>
        Type(type).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, args);

    public static object? Get(object target, string property) =>
        target.GetType().GetProperty(property)!.GetValue(target);

    public static IEnumerable<object> List(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>();
}
