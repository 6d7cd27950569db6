using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Architecture;

/// <summary>
/// The generator's own source files (src/PfocrGen, as PfocrGen.csproj compiles them: everything but the runtime,
/// whose Runtime/Shared files it compiles in) in one compilation, for tests that read the code's shape.
/// </summary>
internal static class GeneratorSources
{
    public static string Directory { get; } = RepositoryRoot.File("src", "PfocrGen");

    /// <summary>A file's path below src/PfocrGen, with forward slashes: <c>Parsing/GmtParser.cs</c>.</summary>
    public static string RelativePath(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    public static IReadOnlyList<string> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: RelativePath(path)))
            .Where(file => !file.Relative.StartsWith("bin/", StringComparison.Ordinal) && !file.Relative.StartsWith("obj/", StringComparison.Ordinal))
            .Where(file => !file.Relative.StartsWith("Runtime/", StringComparison.Ordinal) || file.Relative.StartsWith("Runtime/Shared/", StringComparison.Ordinal))
            .Select(file => file.Path)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The generator's files compiled with the references it builds against (for binding; nothing is emitted).</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "PfocrGenSources",
        trees,
        [
            .. Net100.References.All,
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(YamlDotNet.Serialization.Deserializer).Assembly.Location),
        ],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile() => Compile(Files().Select(path =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path)));
}
