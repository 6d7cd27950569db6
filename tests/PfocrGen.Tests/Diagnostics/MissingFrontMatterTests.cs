using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR001: a record without a fenced YAML front matter is reported on line 1.</summary>
public sealed class MissingFrontMatterTests
{
    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\uFEFF", "the file is empty")]
    [InlineData("figid: PMC1__a\npmcid: PMC1\n", "the first line is not '---'")]
    [InlineData("# PMC1__a\n\n---\nfigid: PMC1__a\n---\n", "the first line is not '---'")]
    [InlineData("---\nfigid: PMC1__a\npmcid: PMC1\n", "the closing '---' line is missing")]
    public void Record_without_fenced_front_matter_is_an_error_on_line_1(string text, string reason)
    {
        var run = GeneratorHarness.Run([("records/x.md", text)]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR001", DiagnosticSeverity.Error, "records/x.md", 1, 1);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
