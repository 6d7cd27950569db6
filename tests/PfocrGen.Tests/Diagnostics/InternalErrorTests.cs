using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR016: a failure while reading one file costs that file only. Without the guard the exception would
/// escape, become CS8785, and every other record's output would be lost.
/// </summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void File_that_cannot_be_read_is_an_error_on_line_1_and_other_records_still_generate()
    {
        var run = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText(Records.PathOf("PMC1__x"), Records.Text("PMC1__x")),
            new UnreadableText("records/locked.md"),
        ]);

        DiagnosticAssert.Single(run, "PFOCR016", DiagnosticSeverity.Error, "records/locked.md", 1, 1);
        Assert.DoesNotContain(run.CompilerProblems, d => d.Id == "CS8785");
        Assert.NotNull(run.Load().Call("Figures", "ById", "PMC1__x"));
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("The process cannot access the file because it is being used by another process.");
    }
}
