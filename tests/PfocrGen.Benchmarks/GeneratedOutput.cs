using System.Globalization;
using Microsoft.CodeAnalysis;
using PfocrGen.Benchmarks.Infrastructure;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Writes what the generator makes of a folder's files to a directory: each generated source under its hint name
/// and every diagnostic (id, severity, file, line, column, message) in <c>diagnostics.txt</c>, once with the
/// defaults and once with analyzers skipped (<c>RunAnalyzers=false</c>), which makes the generator report the input
/// files' diagnostics too, and once with every gene and figure member (which names members from the symbols and
/// writes each figure's doc). Two runs of different builds of the generator compare with <c>diff -r</c>: a change to the
/// model that must not change the output proves it at release size, beyond the snapshot tests' small cases.
/// </summary>
internal static class GeneratedOutput
{
    public static void Write(string folder, string directory, TextWriter output)
    {
        var texts = FolderTexts.Read(folder);
        foreach (var (name, properties) in new[]
        {
            ("defaults", new Dictionary<string, string>()),
            ("analyzers-skipped", new Dictionary<string, string> { ["build_property.RunAnalyzers"] = "false" }),
            ("every-member", new Dictionary<string, string> { ["build_property.PfocrGenGeneMembers"] = "true", ["build_property.PfocrGenFigureMembers"] = "true" }),
        })
        {
            var target = Path.Combine(directory, name);
            Directory.CreateDirectory(target);
            var result = Generation.Driver(texts, properties: properties).RunGenerators(Generation.Consumer()).GetRunResult().Results.Single();
            foreach (var source in result.GeneratedSources)
            {
                File.WriteAllText(Path.Combine(target, source.HintName), source.SourceText.ToString());
            }

            File.WriteAllLines(Path.Combine(target, "diagnostics.txt"), result.Diagnostics.Select(Line));
            output.WriteLine($"{name}: {result.GeneratedSources.Length} files, {result.Diagnostics.Length} diagnostics in {target}");
        }
    }

    private static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {diagnostic.Severity} {span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
