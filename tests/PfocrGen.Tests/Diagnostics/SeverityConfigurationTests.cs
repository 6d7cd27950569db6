using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// Users change a PFOCR severity like any analyzer's. The compiler applies severity configuration to the input
/// analyzer's diagnostics (and the generator's) through the compilation options: <c>SpecificDiagnosticOptions</c>
/// (what <c>WarningsAsErrors</c>/<c>NoWarn</c> become) and the options provider's global values (what a
/// <c>.globalconfig</c> becomes). An <c>.editorconfig</c> section does not reach diagnostics located in
/// AdditionalFiles (dotnet/roslyn#55921, by design); scripts/checks/e2e-diagnostics.sh shows that in a real build.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private static readonly (string Path, string Text) BadEntrez =
        Records.File("PMC1__x", "genes:", "- word: STAT4", "  hgnc_symbol: STAT4", "  entrez: 'x12'");

    [Fact]
    public void Warning_is_reported_as_a_warning_without_configuration()
    {
        var diagnostic = Assert.Single(Run(options => options));

        Assert.Equal(("PFOCR006", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    public void Specific_diagnostic_option_changes_the_reported_severity(ReportDiagnostic configured, DiagnosticSeverity expected)
    {
        var diagnostic = Assert.Single(Run(options => options.WithSpecificDiagnosticOptions([new("PFOCR006", configured)])));

        Assert.Equal(("PFOCR006", expected), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Global_config_severity_turns_the_warning_into_an_error()
    {
        var diagnostic = Assert.Single(Run(options => options.WithSyntaxTreeOptionsProvider(new GlobalSeverity("PFOCR006", ReportDiagnostic.Error))));

        Assert.Equal(("PFOCR006", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Severity_none_removes_the_diagnostic()
    {
        Assert.Empty(Run(options => options.WithSyntaxTreeOptionsProvider(new GlobalSeverity("PFOCR006", ReportDiagnostic.Suppress))));
    }

    /// <summary>The generator's and the input analyzer's diagnostics, filtered by the compilation's options as csc does.</summary>
    private static IReadOnlyList<Diagnostic> Run(Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(configure(compilation.Options));
        AdditionalText[] files = [new InMemoryAdditionalText(BadEntrez.Path, BadEntrez.Text)];
        var driver = GeneratorHarness.CreateDriver(files);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        return diagnostics.Concat(InputAnalysis.Run(compilation, [.. files], new TestOptionsProvider(new Dictionary<string, string>())))
            .Where(d => d.Id.StartsWith("PFOCR", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>What csc builds from a <c>.globalconfig</c> line <c>dotnet_diagnostic.ID.severity = …</c>.</summary>
    private sealed class GlobalSeverity(string id, ReportDiagnostic severity) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = diagnosticId == id ? severity : ReportDiagnostic.Default;
            return diagnosticId == id;
        }
    }
}
