using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Emitting;
using PfocrGen.Model;

namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// The generated runtime (<c>src/PfocrGen/Runtime</c>) compiled as a C# 7.3 consumer gets it, without a dataset:
/// <c>IndexText</c> holds the given bytes, and <paramref name="members"/> are added to <c>PfocrTables</c> so a test
/// can reach its private parts (the data reader, the id index).
/// </summary>
internal static class CompiledRuntime
{
    /// <summary>Compiles the runtime with <paramref name="members"/> and calls the static method <paramref name="method"/> of <c>PfocrTables</c>.</summary>
    public static object Call(byte[] indexData, string members, string method, params object[] arguments) =>
        Method(indexData, members, method).Invoke(null, arguments)!;

    /// <summary>Compiles the runtime with <paramref name="members"/> and finds the static method <paramref name="method"/> of <c>PfocrTables</c>.</summary>
    public static MethodInfo Method(byte[] indexData, string members, string method)
    {
        var packed = new SourceWriter().PackedConstant("IndexText", indexData).ToString();
        var stub = """
            namespace Pfocr
            {
                internal static partial class PfocrTables
                {
                    private const string PaperDataText = "#";
                    private const string GeneDataText = "#";
                    private const string EntityDataText = "\u2323";
                    private const int ShardCount = 0;

                    private static string ShardConstantName(int shard) { throw new System.ArgumentOutOfRangeException(nameof(shard)); }

            """ + members + packed + """
                }
            }
            """;

        var settings = new GeneratedCodeSettings("Pfocr", false, new ConsumerTarget((int)LanguageVersion.CSharp7_3, false, false));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var trees = RuntimeSources.Files.Select(f => CSharpSyntaxTree.ParseText(RuntimeSources.Render(f, settings), parse))
            .Append(CSharpSyntaxTree.ParseText(stub, parse));
        var compilation = CSharpCompilation.Create("CompiledRuntime", trees, Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var assembly = LoadedAssembly.From(compilation).Assembly;
        var tables = assembly.GetType("Pfocr.PfocrTables", throwOnError: true)!;
        return tables.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!;
    }
}
