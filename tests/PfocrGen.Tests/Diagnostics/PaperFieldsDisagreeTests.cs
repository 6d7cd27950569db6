using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// PFOCR025: two figures of one paper give different DOIs, journal titles or years. It is information on the later
/// figure's value (figure id order) with the first figure's value as related location; the paper takes the first
/// figure's value and each figure keeps its own.
/// </summary>
public sealed class PaperFieldsDisagreeTests
{
    [Fact]
    public void Different_DOIs_are_reported_on_the_later_figure_and_the_first_one_wins()
    {
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__b", "doi: 10.1000/SECOND"),
            Records.File("PMC1__a", "doi: 10.1000/first"),
        ]);

        var diagnostic = DiagnosticAssert.Single(run, "PFOCR025", DiagnosticSeverity.Info, "records/PMC1__b.md", 4, 6);
        Assert.Contains("records/PMC1__a.md", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("records/PMC1__a.md", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);

        var api = run.Load();
        var paper = api.Call("Papers", "ById", "PMC1")!;
        Assert.Equal("10.1000/first", LoadedAssembly.Get(paper, "Doi"));
        Assert.Equal("10.1000/SECOND", LoadedAssembly.Get(api.Call("Figures", "ById", "PMC1__b")!, "Doi"));
    }

    [Fact]
    public void DOIs_that_differ_only_in_case_agree()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__a", "doi: 10.1000/ABC"), Records.File("PMC1__b", "doi: 10.1000/abc")]);

        Assert.DoesNotContain(run.Pfocr, d => d.Id == "PFOCR025");
    }

    [Fact]
    public void Different_years_and_journal_titles_are_each_reported()
    {
        var run = GeneratorHarness.Run(
        [
            Records.File("PMC1__a", "year: '2010'", "journal_title: Journal A"),
            Records.File("PMC1__b", "year: '2011'", "journal_title: Journal B"),
            Records.File("PMC1__c", "year: .na.character", "journal_title: ''"),
        ]);

        var reported = run.Pfocr.Where(d => d.Id == "PFOCR025").Select(d => (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToList();
        Assert.Equal([("records/PMC1__b.md", 4), ("records/PMC1__b.md", 5)], reported);

        var paper = run.Load().Call("Papers", "ById", "PMC1")!;
        Assert.Equal(2010, LoadedAssembly.Get(paper, "Year"));
        Assert.Equal("Journal A", LoadedAssembly.Get(paper, "JournalTitle"));
    }

    [Fact]
    public void A_paper_takes_a_value_from_a_later_figure_when_the_first_has_none()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__a", "doi: .na.character"), Records.File("PMC1__b", "doi: 10.1000/x")]);

        Assert.DoesNotContain(run.Pfocr, d => d.Id == "PFOCR025");
        Assert.Equal("10.1000/x", LoadedAssembly.Get(run.Load().Call("Papers", "ById", "PMC1")!, "Doi"));
    }
}
