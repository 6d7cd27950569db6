using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR013: off by default; once enabled, an OCR word with more genes than PfocrGenMaxFanOut is reported on the word.</summary>
public sealed class WordFanOutTests
{
    private static readonly (string Path, string Text) Table = Records.GenesTable(
        "PMC1__x",
        Records.GeneRow("p40", "IL12B", "3593"),
        Records.GeneRow("p40", "NCF4", "4689"),
        Records.GeneRow("p40", "EIF3H", "8667"),
        Records.GeneRow("STAT4", "STAT4", "6775"));

    [Fact]
    public void Fan_out_is_not_reported_unless_enabled()
    {
        Assert.Empty(Run(enable: false, maxFanOut: "2"));
    }

    [Fact]
    public void Enabled_fan_out_warning_points_at_the_word_of_its_first_row()
    {
        var diagnostic = Assert.Single(Run(enable: true, maxFanOut: "2"));

        Assert.Equal(("PFOCR013", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("records/PMC1__x-genes.tsv", 2, 28), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("'p40' matches 3 genes (IL12B, NCF4, EIF3H)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_within_the_limit_are_not_reported()
    {
        Assert.Empty(Run(enable: true, maxFanOut: "3"));
    }

    [Fact]
    public void A_new_limit_applies_to_files_already_checked_under_another()
    {
        // The findings are kept per parsed file for the analyzer; the same texts under another limit are counted again.
        AdditionalText[] files = [new InMemoryAdditionalText(Records.PathOf("PMC1__x"), Records.Text("PMC1__x")), new InMemoryAdditionalText(Table.Path, Table.Text)];

        Assert.Single(Run(enable: true, maxFanOut: "2", files));
        Assert.Empty(Run(enable: true, maxFanOut: "3", files));
        Assert.Single(Run(enable: true, maxFanOut: "2", files));
    }

    private static IReadOnlyList<Diagnostic> Run(bool enable, string maxFanOut, AdditionalText[]? texts = null)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        if (enable)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("PFOCR013", ReportDiagnostic.Warn)]));
        }

        var files = texts ?? [new InMemoryAdditionalText(Records.PathOf("PMC1__x"), Records.Text("PMC1__x")), new InMemoryAdditionalText(Table.Path, Table.Text)];
        var properties = new Dictionary<string, string> { ["PfocrGenMaxFanOut"] = maxFanOut };
        var driver = GeneratorHarness.CreateDriver(files, properties);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        // The generator's diagnostics and the input analyzer's, each filtered by the compilation's options as csc does.
        return diagnostics.Concat(InputAnalysis.Run(compilation, [.. files], new TestOptionsProvider(properties)))
            .Where(d => d.Id.StartsWith("PFOCR", StringComparison.Ordinal))
            .ToList();
    }
}
