using Microsoft.CodeAnalysis;

namespace PfocrGen.Tests.Architecture;

/// <summary>
/// The generator's folders follow its pipeline (Inputs → Parsing → Packing → Building → Naming → Planning → Emitting,
/// over Model), each folder a namespace, and a stage never uses a later one (<see cref="GeneratorStages"/>).
/// </summary>
public sealed class StageDependencyTests
{
    [Fact]
    public void No_namespace_uses_a_later_stage()
    {
        var compilation = GeneratorSources.Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, "The generator's sources must bind for the check to see every use:\n" + string.Join("\n", errors));

        var violations = StageDependencyChecker.Violations(compilation, tree => GeneratorSources.RelativePath(tree.FilePath));

        Assert.True(violations.Count == 0, "Stages may use only earlier ones (tests/PfocrGen.Tests/Architecture/GeneratorStages.cs):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Each_file_is_in_the_namespace_of_its_folder()
    {
        var misplaced = new List<string>();
        foreach (var path in GeneratorSources.Files())
        {
            var relative = GeneratorSources.RelativePath(path);
            var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
            var expected = folder switch
            {
                "" => "PfocrGen",
                "Runtime/Shared" => "Pfocr",
                "Polyfills" => "System.Runtime.CompilerServices",
                _ => "PfocrGen." + folder.Replace('/', '.'),
            };
            var declared = File.ReadLines(path).Select(line => line.Trim())
                .FirstOrDefault(line => line.StartsWith("namespace ", StringComparison.Ordinal))?
                .Substring("namespace ".Length).TrimEnd(';').Trim();
            if (declared != expected)
            {
                misplaced.Add($"{relative}: namespace {declared}, expected {expected}");
            }

            if (folder != "Runtime/Shared" && folder != "Polyfills" && folder != "" && GeneratorStages.LayerOf(expected) is null)
            {
                misplaced.Add($"{relative}: folder {folder} is no layer of GeneratorStages");
            }
        }

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }
}
