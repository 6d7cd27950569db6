using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PfocrGen.InputChecking;
using PfocrGen.Parsing;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.InputChecking;

/// <summary>
/// <see cref="InputDiagnosticsAnalyzer"/> through <see cref="CompilationWithAnalyzers"/>, as the compiler and the IDE
/// run it: each input file analyzed on its own (what an editor asks for the file it shows), its diagnostics on the
/// exact line and column with the catalogue's severity, and the cross-file ones at the end of the compilation.
/// </summary>
public sealed class InputDiagnosticsAnalyzerTests
{
    /// <summary>docs/diagnostics.md's PFOCR002 example: the caption's quote is never closed.</summary>
    private static readonly (string Path, string Text) UnclosedQuote =
        ("records/x.md", "---\nfigid: PMC1__x\npmcid: PMC1\nfigtitle: A broken record\nyear: '2020'\ncaption: \"IL-12 binds its receptor\n---\n");

    private static readonly (string Path, string Text) BadEntrez =
        Records.File("PMC2__y", "genes:", "- word: STAT4", "  hgnc_symbol: STAT4", "  entrez: 'x12'", "year: '99'");

    private static readonly (string Path, string Text) ShortRow = Records.GenesTable(
        "PMC2__y", Records.GeneRow("STAT4", "STAT4", "6775"), "9606\tHomo sapiens\tT-bet\tTBX21\t30009");

    private static readonly (string Path, string Text) BadGmtCell = ("release/pfocr-20250701-gmt-Mus_musculus.gmt", "PMC3__f1\tT\t3592\tSTAT4\t6775\n");

    private static readonly (string Path, string Text) HeaderlessGeneInfo = ("ncbi/Mus_musculus.gene_info", "10090\t21897\tTlr1\n");

    private static readonly (string Path, string Text) NoFence = ("records/PMC4__nofence.md", "figid: PMC4__nofence\npmcid: PMC4\n");

    public static TheoryData<string, string[]> FileCases => new()
    {
        { UnclosedQuote.Path, ["records/x.md(6,10): Error PFOCR002"] },
        { BadEntrez.Path, ["records/PMC2__y.md(7,11): Warning PFOCR006", "records/PMC2__y.md(8,7): Warning PFOCR011"] },
        { ShortRow.Path, ["records/PMC2__y-genes.tsv(3,1): Warning PFOCR008"] },
        { BadGmtCell.Path, ["release/pfocr-20250701-gmt-Mus_musculus.gmt(1,17): Warning PFOCR006"] },
        { HeaderlessGeneInfo.Path, ["ncbi/Mus_musculus.gene_info(1,1): Warning PFOCR008"] },
        { NoFence.Path, ["records/PMC4__nofence.md(1,1): Error PFOCR001"] },
    };

    private static ImmutableArray<AdditionalText> Files() =>
        [.. new[] { UnclosedQuote, BadEntrez, ShortRow, BadGmtCell, HeaderlessGeneInfo, NoFence }.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))];

    [Theory]
    [MemberData(nameof(FileCases))]
    public async Task A_file_analyzed_on_its_own_reports_its_diagnostics_at_their_line_and_column(string path, string[] expected)
    {
        var files = Files();
        var file = files.Single(f => f.Path == path);
        var analyzer = new InputDiagnosticsAnalyzer();

        var result = await Analyzers(files, analyzer).GetAnalysisResultAsync(file, CancellationToken.None);

        var reported = result.AdditionalFileDiagnostics.TryGetValue(file, out var byAnalyzer) && byAnalyzer.TryGetValue(analyzer, out var diagnostics)
            ? diagnostics
            : [];
        Assert.Equal(expected, InputAnalysis.Ordered(reported).Select(DiagnosticAssert.Describe));
    }

    [Fact]
    public void Analyzed_without_the_generator_every_file_and_cross_file_diagnostic_is_reported()
    {
        // No generator run: nothing is cached for these texts, so the analyzer parses and joins the files itself.
        var files = Files().Add(new InMemoryAdditionalText("z/PMC2__y.md", Records.Text("PMC2__y")));

        var diagnostics = InputAnalysis.Run(GeneratorHarness.CreateCompilation(), files, new TestOptionsProvider(new Dictionary<string, string>()));

        Assert.Equal(
            [
                "ncbi/Mus_musculus.gene_info(1,1): Warning PFOCR008",
                "records/PMC2__y-genes.tsv(3,1): Warning PFOCR008",
                "records/PMC2__y.md(7,11): Warning PFOCR006",
                "records/PMC2__y.md(8,7): Warning PFOCR011",
                "records/PMC4__nofence.md(1,1): Error PFOCR001",
                "records/x.md(6,10): Error PFOCR002",
                "release/pfocr-20250701-gmt-Mus_musculus.gmt(1,17): Warning PFOCR006",
                "z/PMC2__y.md(2,8): Error PFOCR004",
            ],
            InputAnalysis.Ordered(diagnostics).Select(DiagnosticAssert.Describe));
    }

    [Fact]
    public void Cross_file_diagnostics_are_tagged_compilation_end_and_a_files_own_are_not()
    {
        var orphan = Records.GenesTable("PMC9__none", Records.GeneRow("STAT4", "STAT4", "6775"));
        var run = GeneratorHarness.Run([Records.File("PMC2__y"), ShortRow, orphan]);

        var ends = run.InputAnalyzerDiagnostics.ToDictionary(d => d.Location.GetLineSpan().Path, d => d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        Assert.Equal(new Dictionary<string, bool> { [ShortRow.Path] = false, [orphan.Path] = true }, ends);
    }

    [Fact]
    public void Files_a_manifest_does_not_list_are_not_analyzed()
    {
        var manifest = ("obj/PfocrGen.inputs", Records.PathOf("PMC1__x") + "\n");
        var run = GeneratorHarness.Run([Records.File("PMC1__x"), NoFence, manifest]);

        Assert.Empty(run.Pfocr);
    }

    [Fact]
    public void The_analyzer_reports_the_generators_own_parse_of_each_file()
    {
        // One text object, as the compiler hands the generator and the analyzers one AdditionalTextFile per file.
        var text = new InMemoryAdditionalText(BadEntrez.Path, BadEntrez.Text);
        var driver = GeneratorHarness.CreateDriver([text]).RunGenerators(GeneratorHarness.CreateCompilation());
        var generatorsParse = TrackedSteps.All(driver.GetRunResult())
            .Where(s => s.Name == TrackingNames.ParseFile)
            .SelectMany(s => s.Step.Outputs)
            .Single().Value;

        Assert.Same(generatorsParse, InputFileParser.Parse(text, CancellationToken.None));

        // A new text object with the same content and path is another file version: parsed again, not mixed up.
        Assert.NotSame(generatorsParse, InputFileParser.Parse(new InMemoryAdditionalText(BadEntrez.Path, BadEntrez.Text), CancellationToken.None));
    }

    [Fact]
    public void The_generators_cross_file_diagnostics_are_taken_for_the_same_parsed_files_and_options_only()
    {
        var texts = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("a/PMC1__x.md", Records.Text("PMC1__x")),
            new InMemoryAdditionalText("b/PMC1__x.md", Records.Text("PMC1__x")));
        GeneratorHarness.CreateDriver(texts).RunGenerators(GeneratorHarness.CreateCompilation());
        var inputs = InputFiles.Select(texts, CancellationToken.None).Parse(CancellationToken.None);
        var options = Model.GeneratorOptions.Default;

        var shared = Assert.NotNull(CrossFileDiagnosticsCache.TryGet(inputs, options));
        Assert.Equal("PFOCR004", Assert.Single(shared).Id);
        Assert.Null(CrossFileDiagnosticsCache.TryGet(inputs, options with { GeneMembers = Model.GeneMemberMode.None }));
        Assert.Null(CrossFileDiagnosticsCache.TryGet(new Building.DatasetInputs([inputs.Files[0]], inputs.GeneInfo), options));
    }

    private static CompilationWithAnalyzers Analyzers(ImmutableArray<AdditionalText> files, DiagnosticAnalyzer analyzer) =>
        GeneratorHarness.CreateCompilation().WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, new TestOptionsProvider(new Dictionary<string, string>())), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
}
