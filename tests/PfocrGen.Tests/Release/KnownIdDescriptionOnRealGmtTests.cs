using Microsoft.CodeAnalysis;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.IdChecking.IdCheckHarness;

namespace PfocrGen.Tests.Release;

/// <summary>
/// PFOCR027 where it matters: the real mouse and worm GMT files of PFOCR release 20250701 (../shared/pfocr-release)
/// hold more than 5,000 figures, so the default <c>PfocrGenFigureMembers=auto</c> writes no figure or paper member,
/// and with <c>PfocrGenGeneMembers=false</c> no gene member either: every literal lookup gets PFOCR027, whose facts
/// are checked against an independent reading of the files' lines (split on tabs: name, title, NCBI gene ids).
/// No real gene_info file is in ../shared, so the test writes the one row that gives mouse gene 20849 its real
/// symbol, Stat4.
/// </summary>
public sealed class KnownIdDescriptionOnRealGmtTests
{
    private const string MouseGmt = "pfocr-20250701-gmt-Mus_musculus.gmt";
    private const string WormGmt = "pfocr-20250701-gmt-Caenorhabditis_elegans.gmt";

    [ReleaseFact]
    public void Literals_say_what_they_find_as_the_GMT_files_count_it()
    {
        var folder = Environment.GetEnvironmentVariable(TestData.ReleaseVariable)!;
        var mouse = File.ReadAllText(Path.Combine(folder, MouseGmt));
        var worm = File.ReadAllText(Path.Combine(folder, WormGmt));

        // The independent reading: one figure per name, its genes the ids of every file's line of that name.
        var lines = (mouse + worm).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split('\t')).ToList();
        var figures = lines.GroupBy(cells => cells[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Title: g.First()[1], Genes: g.SelectMany(cells => cells.Skip(2)).Where(c => c.Length > 0).Select(int.Parse).ToHashSet()), StringComparer.Ordinal);
        Assert.True(figures.Count > Model.TypedMemberPolicy.AutoFigureLimit, "the test needs the size at which figure and paper members are left out");
        var stat4Figures = figures.Values.Count(f => f.Genes.Contains(20849));
        var akt = figures["PMC1487177__F7"]; // in both files, with mouse and worm genes
        var paperFigures = figures.Keys.Count(name => name.StartsWith("PMC3711139__", StringComparison.Ordinal));
        Assert.True(stat4Figures > 1 && paperFigures > 1 && akt.Genes.Count > 2);

        var files = new[]
        {
            ("release/" + MouseGmt, mouse), ("release/" + WormGmt, worm),
            ("ncbi/Mus_musculus.gene_info", GeneInfoText.File(GeneInfoText.Row(10090, 20849, "Stat4"))),
        };
        var diagnostics = Analyze(files, Consumer("""
            var gene = (Genes.BySymbol("Stat4"), Genes.ByEntrez(20849));
            var figure = (Figures.ById("PMC1487177__F7"), Papers.ById("PMC3711139"));
            var unknown = Figures.ById("PMC1487177__F77");
            """), new Dictionary<string, string> { ["PfocrGenGeneMembers"] = "false" });

        Assert.Equal(
            [
                ("PFOCR027", $"Genes.BySymbol(\"Stat4\") finds Stat4: NCBI Gene 20849 (Mus musculus), in {stat4Figures} figures"),
                ("PFOCR027", $"Genes.ByEntrez(20849) finds Stat4: NCBI Gene 20849 (Mus musculus), in {stat4Figures} figures"),
                ("PFOCR027", $"Figures.ById(\"PMC1487177__F7\") finds figure PMC1487177__F7 '{akt.Title}', with {akt.Genes.Count} genes"),
                ("PFOCR027", $"Papers.ById(\"PMC3711139\") finds paper PMC3711139, with {paperFigures} figures"),
                ("PFOCR022", "No compiled record has the figure id \"PMC1487177__F77\", so Figures.ById finds nothing at run time; nearest: 'PMC1487177__F7'"),
            ],
            diagnostics.Select(d => (d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.All(diagnostics, d => Assert.Equal(d.Id == "PFOCR022" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, d.Severity));
    }
}
