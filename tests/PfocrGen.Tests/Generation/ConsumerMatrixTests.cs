using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Generation;

/// <summary>
/// The generated code for the sample's records compiles with no warning (documentation checked, public API, highest
/// warning level) for every consumer PfocrGen supports: netstandard2.0, net472, net8.0 and net10.0 reference
/// assemblies, at C# 7.3, at the framework's default C# version and at the latest, with nullable on and off.
/// </summary>
public sealed class ConsumerMatrixTests
{
    // Consumer code that only a correct API compiles against; written in C# 7.3 and nullable-neutral.
    private const string Consumer = """
        namespace Pfocr
        {
            using System.Collections.Generic;
            using System.IO;

            internal static class Use
            {
                public static IReadOnlyList<Gene> PaperGenes() { return Figures.PMC2869233.Genes; }

                public static int MissingFigureGenes()
                {
                    var figure = Figures.ById("PMC0__nothing");
                    return figure == null ? -1 : figure.Genes.Count;
                }

                public static string Stat4() { var gene = Genes.ByEntrez(6775); return gene == null ? "" : gene.Symbol + " " + gene.Figures.Count; }

                public static int Enrichment()
                {
                    var options = new EnrichmentOptions { MinSetSize = 1, MaxSetSize = 100 };
                    return Figures.Enrich(new[] { 6775, 3592 }, new[] { 6775, 3592, 3593, 777, 30009, 1 }, options).Count;
                }

                public static string Gmt() { var writer = new StringWriter(); Figures.WriteGmt(writer); return writer.ToString(); }

                public static string Chemical() { var chemical = Chemicals.ById("CHEBI:15422"); return chemical == null || chemical.ChebiId == null ? "" : chemical.Name; }

                public static int Counts() { return PfocrDataset.FigureCount + Papers.All.Count + Diseases.All.Count; }
            }
        }
        """;

    // The framework's default C# version; net10.0's (C# 14) is newer than the compiler these tests run, whose
    // newest is "preview".
    public static TheoryData<string, string, bool> Consumers()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (framework, defaultVersion) in new[] { ("netstandard2.0", "7.3"), ("net472", "7.3"), ("net8.0", "12"), ("net10.0", "preview") })
        {
            foreach (var version in new[] { "7.3", defaultVersion, "latest" }.Distinct())
            {
                foreach (var nullable in new[] { false, true })
                {
                    // Nullable=enable needs C# 8 (the compiler refuses the combination, CS8630).
                    if (!(nullable && version == "7.3"))
                    {
                        data.Add(framework, version, nullable);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Sample_records_compile_without_any_warning(string framework, string languageVersion, bool nullable)
    {
        var (compilation, result) = Generate(framework, languageVersion, nullable);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Csharp_7_3_output_runs_and_answers_as_the_latest_does()
    {
        var old = LoadedAssembly.From(Generate("net10.0", "7.3", nullable: false).Compilation);
        var latest = LoadedAssembly.From(Generate("net10.0", "latest", nullable: true).Compilation);

        foreach (var method in new[] { "MissingFigureGenes", "Stat4", "Enrichment", "Gmt", "Chemical", "Counts" })
        {
            Assert.Equal(latest.Call("Use", method), old.Call("Use", method));
        }

        Assert.Equal("STAT4 3", old.Call("Use", "Stat4"));
        Assert.Equal(
            ["IL12A", "IL12B", "STAT4", "CACNA1E", "TBX21"],
            LoadedAssembly.List(old.Call("Use", "PaperGenes")).Select(g => (string)LoadedAssembly.Get(g, "Symbol")!));
    }

    [Fact]
    public void Csharp_7_3_output_has_no_newer_syntax_and_latest_output_keeps_the_annotations()
    {
        var old = Generate("netstandard2.0", "7.3", nullable: false).Result.GeneratedTrees;
        var latest = Generate("net10.0", "latest", nullable: true).Result.GeneratedTrees;

        Assert.DoesNotContain(old, tree => tree.ToString().Contains("#nullable", StringComparison.Ordinal));
        Assert.DoesNotContain(old, tree => tree.ToString().Contains("DynamicDependency(", StringComparison.Ordinal) && tree.ToString().Contains("#define PFOCR_DYNAMIC_DEPENDENCY", StringComparison.Ordinal));
        var figures = latest.Single(t => t.FilePath.EndsWith("PfocrGen.Runtime.Figures.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("public static Figure? ById(string figid)", figures, StringComparison.Ordinal);
        Assert.Contains("#nullable enable", figures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csharp_version_before_7_3_gets_one_PFOCR020_and_no_generated_code()
    {
        var (compilation, result) = Generate("net472", "7.2", nullable: false, consumer: "namespace Other { internal static class Empty { } }");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PFOCR020", diagnostic.Id);
        Assert.Contains("C# 7.2", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static (Compilation Compilation, GeneratorDriverRunResult Result) Generate(string framework, string languageVersion, bool nullable, string consumer = Consumer)
    {
        Assert.True(LanguageVersionFacts.TryParse(languageVersion, out var version));
        var parseOptions = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(consumer, parseOptions, path: "Consumer.cs")],
            References(framework),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PfocrGenerator().AsSourceGenerator()],
            TestData.SampleFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            parseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["PfocrGenVisibility"] = "public" }));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, driver.GetRunResult());
    }

    private static ImmutableArray<MetadataReference> References(string framework) => framework switch
    {
        "netstandard2.0" => [.. NetStandard20.References.All],
        "net472" => [.. Net472.References.All],
        "net8.0" => [.. Net80.References.All],
        _ => [.. Net100.References.All],
    };
}
