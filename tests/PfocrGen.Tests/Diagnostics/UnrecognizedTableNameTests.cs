using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR014: a .tsv AdditionalFile whose name is not &lt;figid&gt;-genes|chemicals|diseases.tsv is ignored with a warning.</summary>
public sealed class UnrecognizedTableNameTests
{
    [Theory]
    [InlineData("records/notes.tsv")]
    [InlineData("records/-genes.tsv")]
    [InlineData("records/PMC1__x-proteins.tsv")]
    public void Table_with_an_unknown_name_is_a_warning_on_line_1(string path)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x"), (path, "word\tx\n")]);

        DiagnosticAssert.Single(run, "PFOCR014", DiagnosticSeverity.Warning, path, 1, 1);
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC1__x"));
    }
}
