using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>PFOCR005: a field of the wrong shape is reported on its value and ignored; the record is still generated.</summary>
public sealed class WrongShapeTests
{
    [Fact]
    public void Scalar_where_a_gene_list_belongs_is_a_warning_on_the_value()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "genes: STAT4", "figtitle: kept")]);

        DiagnosticAssert.Single(run, "PFOCR005", DiagnosticSeverity.Warning, "records/PMC1__x.md", 4, 8);
        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Equal("kept", LoadedAssembly.Get(figure, "Title"));
        Assert.Empty(LoadedAssembly.List(LoadedAssembly.Get(figure, "Genes")));
    }

    [Fact]
    public void Mapping_where_organisms_belong_is_ignored_and_the_rest_kept()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "organisms:", "  human: yes", "year: '2001'")]);

        DiagnosticAssert.Single(run, "PFOCR005", DiagnosticSeverity.Warning, "records/PMC1__x.md", 5, 3);
        var figure = run.Load().Call("Figures", "ById", "PMC1__x")!;
        Assert.Empty(LoadedAssembly.List(LoadedAssembly.Get(figure, "Organisms")));
        Assert.Equal(2001, LoadedAssembly.Get(figure, "Year"));
    }

    [Fact]
    public void List_where_a_title_belongs_is_reported_on_the_list()
    {
        var run = GeneratorHarness.Run([Records.File("PMC1__x", "figtitle: [a, b]")]);

        DiagnosticAssert.Single(run, "PFOCR005", DiagnosticSeverity.Warning, "records/PMC1__x.md", 4, 11);
    }
}
