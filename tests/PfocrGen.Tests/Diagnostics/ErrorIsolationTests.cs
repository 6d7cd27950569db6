using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Diagnostics;

/// <summary>
/// In one build, a record with an error is left out, a record with a warning is generated without its bad part,
/// and every valid record is generated: one broken file never costs the others.
/// </summary>
public sealed class ErrorIsolationTests
{
    private static readonly (string Path, string Text)[] Batch =
    [
        Records.File("PMC1__valid", "figtitle: fine"),

        // Errors: left out.
        ("records/PMC2__nofence.md", "figid: PMC2__nofence\npmcid: PMC2\n"),
        ("records/PMC3__yaml.md", "---\nfigid: PMC3__yaml\npmcid: PMC3\ncaption: \"open\n---\n"),
        ("records/PMC4__nopmcid.md", "---\nfigid: PMC4__nopmcid\n---\n"),
        ("records/PMC5__deep.md", "---\nfigid: PMC5__deep\npmcid: PMC5\nx: " + new string('[', 100) + new string(']', 100) + "\n---\n"),

        // Warnings: generated.
        Records.File("PMC6__shape", "genes: STAT4"),
        Records.File("PMC7__entrez", "genes:", "- hgnc_symbol: STAT4", "  entrez: 'x'"),
        ("records/PMC8__pmcid.md", "---\nfigid: PMC8__pmcid\npmcid: PMC9\n---\n"),
        Records.File("PMC10__year", "year: '99'"),
    ];

    [Fact]
    public void Only_records_with_errors_are_left_out()
    {
        var run = GeneratorHarness.Run(Batch);
        var api = run.Load();

        var generated = LoadedAssembly.List(api.Static("Figures", "All")).Select(f => f.ToString()).ToList();

        Assert.Equal(["PMC10__year", "PMC1__valid", "PMC6__shape", "PMC7__entrez", "PMC8__pmcid"], generated);
        Assert.Equal(
            ["PFOCR001", "PFOCR002", "PFOCR003", "PFOCR005", "PFOCR006", "PFOCR007", "PFOCR011", "PFOCR012"],
            run.Pfocr.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilerProblems);
    }
}
