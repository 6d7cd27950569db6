using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR011: a year that is not plausible is a warning on the value; the figure is generated with Year null.</summary>
public sealed class ImplausibleYearTests
{
    [Theory]
    [InlineData("year: '99'", 7)]
    [InlineData("year: 2O23", 7)]
    [InlineData("year:   '20230'", 9)]
    public void Implausible_year_is_a_warning_on_the_value_and_year_is_null(string line, int column)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", line)]);

        DiagnosticAssert.Single(run, "PFOCR011", DiagnosticSeverity.Warning, "records/PMC1__x.md", 4, column);
        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Null(LoadedAssembly.Get(figure, "Year"));
    }
}
