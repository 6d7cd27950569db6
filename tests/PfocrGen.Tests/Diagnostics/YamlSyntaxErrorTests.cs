using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR002: YamlDotNet's error positions are relative to the front matter; they must come out at the mistake's
/// line and column in the .md file, whatever the line endings and with or without a byte order mark.
/// </summary>
public sealed class YamlSyntaxErrorTests
{
    // Line 6 opens a quoted caption that is never closed; column 10 is the opening quote.
    private static readonly string[] UnclosedQuote =
    [
        "---",
        "figid: PMC1__x",
        "pmcid: PMC1",
        "figtitle: T",
        "year: '2020'",
        "caption: \"IL-12 binds its receptor",
        "---",
    ];

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Unclosed_quote_is_reported_at_the_opening_quote_for_any_line_ending(string newline)
    {
        var run = GeneratorHarness.Run([("records/x.md", string.Join(newline, UnclosedQuote) + newline)]);

        DiagnosticAssert.Single(run, "PFOCR002", DiagnosticSeverity.Error, "records/x.md", 6, 10);
    }

    [Fact]
    public void Byte_order_mark_read_by_the_compiler_does_not_shift_positions()
    {
        // The compiler decodes the file's bytes; a UTF-8 BOM is consumed by the decoder, not kept as text.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", UnclosedQuote) + "\r\n")).ToArray();
        var text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: false);

        var run = GeneratorHarness.Run([new InMemoryAdditionalText("records/x.md", text)]);

        DiagnosticAssert.Single(run, "PFOCR002", DiagnosticSeverity.Error, "records/x.md", 6, 10);
    }

    [Fact]
    public void Byte_order_mark_kept_as_a_character_does_not_shift_positions()
    {
        // Some hosts hand the BOM through as U+FEFF; it still sits before the fence, not on line 6.
        var run = GeneratorHarness.Run([("records/x.md", "\uFEFF" + string.Join("\r\n", UnclosedQuote) + "\r\n")]);

        DiagnosticAssert.Single(run, "PFOCR002", DiagnosticSeverity.Error, "records/x.md", 6, 10);
    }

    [Theory]
    [InlineData("figtitle: a: b", 4, 12)] // a second ': ' inside a plain value
    [InlineData("\tfigtitle: T", 4, 1)] // a tab used as indentation: the tab, not the value before it
    [InlineData("organisms: [a, b", 4, 12)] // the '[' that is never closed, not the end of the front matter
    [InlineData("organisms: {a: b", 4, 12)]
    [InlineData("figtitle: \"a\\qb\"", 4, 11)] // an escape YAML does not know
    [InlineData("figtitle: @x", 4, 11)] // '@' cannot start a plain value
    [InlineData("figid: PMC1__x", 4, 1)] // a key given twice
    [InlineData("figtitle: *a", 4, 11)] // an alias with no anchor
    public void Mistake_is_reported_where_it_is(string line, int expectedLine, int expectedColumn)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", line, "year: '2020'")]);

        DiagnosticAssert.Single(run, "PFOCR002", DiagnosticSeverity.Error, "records/PMC1__x.md", expectedLine, expectedColumn);
    }

    [Fact]
    public void Dedented_list_item_is_reported_at_its_dash()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "organisms:", "  - a", " - b")]);

        DiagnosticAssert.Single(run, "PFOCR002", DiagnosticSeverity.Error, "records/PMC1__x.md", 6, 2);
    }
}
