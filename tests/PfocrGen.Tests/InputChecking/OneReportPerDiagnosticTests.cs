using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.InputChecking;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.InputChecking;

/// <summary>
/// The generator and <see cref="InputDiagnosticsAnalyzer"/> together list each diagnostic once, and exactly what the
/// generator alone lists when a build skips analyzers (<c>RunAnalyzersDuringBuild=false</c>, where it reports
/// everything itself, as every version before the analyzer did): same ids, files, lines, columns, severities,
/// related locations and messages. The batch holds a case of every id a file or the cross-file step reports.
/// </summary>
public sealed class OneReportPerDiagnosticTests
{
    private static readonly (string Path, string Text)[] Batch =
    [
        ("records/PMC2__nofence.md", "figid: PMC2__nofence\npmcid: PMC2\n"),                                  // PFOCR001
        ("records/PMC3__yaml.md", "---\nfigid: PMC3__yaml\npmcid: PMC3\ncaption: \"open\n---\n"),               // PFOCR002
        ("records/PMC4__nopmcid.md", "---\nfigid: PMC4__nopmcid\n---\n"),                                     // PFOCR003
        Records.File("PMC1__x", "figtitle: first", "year: '2001'", "automl_pathway: high"),                   // PFOCR024
        ("z/PMC1__x.md", Records.Text("PMC1__x")),                                                           // PFOCR004
        ("records/PMC5__deep.md", "---\nfigid: PMC5__deep\npmcid: PMC5\nx: " + new string('[', 100) + new string(']', 100) + "\n---\n"), // PFOCR012
        Records.File("PMC6__shape", "genes: STAT4"),                                                         // PFOCR005
        Records.File("PMC7__entrez", "genes:", "- word: ALL", "  hgnc_symbol: All", "  entrez: '1'", "- hgnc_symbol: STAT4", "  entrez: 'x'"), // PFOCR006, PFOCR010
        ("records/PMC8__pmcid.md", "---\nfigid: PMC8__pmcid\npmcid: PMC9\n---\n"),                             // PFOCR007
        Records.File("PMC1__year", "year: '99'"),                                                            // PFOCR011
        Records.File("PMC1__later", "year: '2002'"),                                                         // PFOCR025
        Records.File("PMC10__x"),
        Records.GenesTable("PMC10__x", Records.GeneRow("p40", "IL12B", "3593"), Records.GeneRow("p40", "NCF4", "4689"), "9606\tshort"), // PFOCR008, PFOCR013
        ("other/PMC10__x-genes.tsv", Records.GenesHeader + "\n"),                                           // PFOCR008 (second table)
        Records.GenesTable("PMC11__none", Records.GeneRow("STAT4", "STAT4", "6775")),                       // PFOCR009
        ("records/notes.tsv", "word\tx\n"),                                                                   // PFOCR014
        ("records/PMC12__many-genes.tsv", Records.GenesHeader + "\n" + string.Concat(Enumerable.Repeat("1\t2\n", 101))), // PFOCR008 x100, PFOCR017
        Records.File("PMC12__many"),
        Records.File("PMC13__b", "figid_alias: PMC13__a"),
        Records.File("PMC13__a"),                                                                            // PFOCR021
        ("release/pfocr-20250701-gmt-Mus_musculus.gmt", "PMC14__f1\tT\t3592\tSTAT4\n"),                      // PFOCR006
        ("ncbi/Mus_musculus.gene_info", "10090\t21897\tTlr1\n"),                                             // PFOCR008
    ];

    private static readonly Dictionary<string, string> Properties = new()
    {
        ["PfocrGenMaxFanOut"] = "1",
        ["PfocrGenVisibility"] = "protected", // PFOCR015, which stays with the generator
    };

    [Fact]
    public void Generator_and_analyzer_list_each_diagnostic_once_and_as_the_generator_alone_does()
    {
        var withAnalyzers = Build(Properties, runAnalyzer: true);
        var generatorAlone = Build(new(Properties) { ["RunAnalyzersDuringBuild"] = "false" }, runAnalyzer: false);

        var ids = generatorAlone.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            ["PFOCR001", "PFOCR002", "PFOCR003", "PFOCR004", "PFOCR005", "PFOCR006", "PFOCR007", "PFOCR008", "PFOCR009", "PFOCR010",
             "PFOCR011", "PFOCR012", "PFOCR013", "PFOCR014", "PFOCR015", "PFOCR016", "PFOCR017", "PFOCR021", "PFOCR024", "PFOCR025"],
            ids);
        Assert.Empty(withAnalyzers.GroupBy(d => (d.Id, DiagnosticAssert.Describe(d))).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(generatorAlone.Select(Full).Order(StringComparer.Ordinal), withAnalyzers.Select(Full).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_analyzers_the_generator_keeps_only_the_diagnostics_about_options_output_and_itself()
    {
        var generator = Generator(Texts(), Properties, Compilation());

        Assert.Equal(["PFOCR015"], generator.Select(d => d.Id).Distinct());
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "false", true)]
    [InlineData(null, "False", true)]
    [InlineData(null, "true", false)]
    [InlineData("false", null, true)]
    [InlineData("false", "true", true)]
    [InlineData("true", "false", false)] // RunAnalyzers set wins over RunAnalyzersDuringBuild, as in the SDK
    public void The_generator_reports_input_diagnostics_exactly_when_the_build_skips_analyzers(string? runAnalyzers, string? duringBuild, bool generatorReports)
    {
        var properties = new Dictionary<string, string>();
        if (runAnalyzers is not null)
        {
            properties["RunAnalyzers"] = runAnalyzers;
        }

        if (duringBuild is not null)
        {
            properties["RunAnalyzersDuringBuild"] = duringBuild;
        }

        var generator = Generator([new InMemoryAdditionalText(Batch[0].Path, Batch[0].Text)], properties, Compilation());

        Assert.Equal(generatorReports ? ["PFOCR001"] : [], generator.Select(d => d.Id));
    }

    private static IReadOnlyList<Diagnostic> Build(Dictionary<string, string> properties, bool runAnalyzer)
    {
        // Each build its own texts, so nothing one parsed is shared with the other.
        var texts = Texts();
        var compilation = Compilation();
        var diagnostics = Generator(texts, properties, compilation);
        return InputAnalysis.Ordered(runAnalyzer ? diagnostics.Concat(InputAnalysis.Run(compilation, texts, new TestOptionsProvider(properties))) : diagnostics);
    }

    /// <summary>The generator's diagnostics, filtered by the compilation's options as csc does.</summary>
    private static IReadOnlyList<Diagnostic> Generator(ImmutableArray<AdditionalText> texts, Dictionary<string, string> properties, CSharpCompilation compilation)
    {
        GeneratorHarness.CreateDriver(texts, properties).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics.Where(d => d.Id.StartsWith("PFOCR", StringComparison.Ordinal)).ToList();
    }

    private static ImmutableArray<AdditionalText> Texts() =>
        [.. Batch.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), new UnreadableText("records/locked.md")];

    // PFOCR013 is off by default; on here so that it is compared too.
    private static CSharpCompilation Compilation()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("PFOCR013", ReportDiagnostic.Warn)]));
    }

    private static string Full(Diagnostic diagnostic) =>
        $"{DiagnosticAssert.Describe(diagnostic)} [{string.Join(", ", diagnostic.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}] "
        + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A file the host cannot read (PFOCR016).</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("locked");
    }
}
