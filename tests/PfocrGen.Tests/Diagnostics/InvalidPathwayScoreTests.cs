using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR024: a pathway score that is not a number in [0, 1] is a warning on the value; the figure is generated with
/// PathwayScore null. Placeholders and an empty value are "no score", not an error.
/// </summary>
public sealed class InvalidPathwayScoreTests
{
    [Theory]
    [InlineData("automl_pathway: high", 17)]
    [InlineData("automl_pathway: 1.5", 17)]
    [InlineData("automl_pathway: '-0.2'", 17)]
    [InlineData("pathway_score: '0,97'", 16)]
    [InlineData("pathway_score: .NaN", 16)]
    public void Score_out_of_range_or_not_a_number_is_a_warning_on_the_value_and_the_score_is_null(string line, int column)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", line)]);

        DiagnosticAssert.Single(run, "PFOCR024", DiagnosticSeverity.Warning, "records/PMC1__x.md", 4, column);
        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Null(LoadedAssembly.Get(figure, "PathwayScore"));
    }

    [Theory]
    [InlineData("automl_pathway: 0.9528493", 0.9528493)]
    [InlineData("pathway_score: 1", 1.0)]
    [InlineData("automl_pathway: 0", 0.0)]
    [InlineData("automl_pathway: 9.5e-1", 0.95)]
    public void A_score_in_range_is_read_exactly(string line, double expected)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", line)]);

        Assert.DoesNotContain(run.Pfocr, d => d.Id == "PFOCR024");
        Assert.Equal(expected, (double?)LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "PathwayScore"));
    }

    [Theory]
    [InlineData("automl_pathway: ''")]
    [InlineData("automl_pathway: .na.character")]
    [InlineData("automl_pathway:")]
    public void A_placeholder_is_no_score_and_no_warning(string line)
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", line)]);

        Assert.DoesNotContain(run.Pfocr, d => d.Id == "PFOCR024");
        Assert.Null(LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "PathwayScore"));
    }

    [Fact]
    public void The_current_field_wins_over_the_older_one()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "pathway_score: 0.5", "automl_pathway: 0.75")]);

        Assert.Equal(0.75, (double?)LoadedAssembly.Get(run.Load().Call("Figures", "ById", "PMC1__x")!, "PathwayScore"));
    }
}
