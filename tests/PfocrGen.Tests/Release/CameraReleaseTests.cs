using PfocrGen.Tests.Analysis;
using PfocrGen.Tests.Infrastructure;
using static PfocrGen.Tests.Analysis.CameraCalls;

namespace PfocrGen.Tests.Release;

/// <summary>
/// <c>Figures.Camera</c> on the real worm release GMT (1,626 figures) with <see cref="CameraExperiment"/>'s statistic
/// (signal, ties, genes in no figure) against limma's <c>cameraPR</c>: the first 120 rows of limma's table and its
/// count of tested figures, committed in Reference/camera-worm-*.tsv by scripts/perf/camera-vs-r.R.
/// </summary>
public sealed class CameraReleaseTests : IClassFixture<EnrichmentQueryPathTests.WormApi>
{
    private const string WormGmt = "pfocr-20250701-gmt-Caenorhabditis_elegans.gmt";

    private readonly EnrichmentQueryPathTests.WormApi _worm;

    public CameraReleaseTests(EnrichmentQueryPathTests.WormApi worm) => _worm = worm;

    [ReleaseFact]
    public void The_parametric_test_on_the_worm_gmt_matches_limma() => AssertMatchesLimma("parametric");

    [ReleaseFact]
    public void The_rank_test_on_the_worm_gmt_matches_limma() => AssertMatchesLimma("ranks");

    private void AssertMatchesLimma(string mode)
    {
        var statistic = CameraExperiment.ForRelease(CameraExperiment.FigureGenes(Path.Combine(TestData.ReleaseDirectory!, WormGmt))).ToDictionary();
        var ours = Camera(_worm.Api.Value, statistic, CameraOptions(_worm.Api.Value, useRanks: mode == "ranks"));

        var file = $"camera-worm-{mode}.tsv";
        var header = File.ReadLines(Path.Combine(ReferenceFolder, file)).First();
        var tested = int.Parse(header.Split(": ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var limma = ReadTable(file).Select(row => new Row(row[0], int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row[2], Real(row[3]), Real(row[4]))).ToList();
        Assert.Equal(tested, ours.Count);
        Assert.Equal(120, limma.Count);

        // Rows whose p-values agree to 1e-12 may come in either order (they can tie on one side only); otherwise
        // the rows are limma's, in limma's order.
        var position = ours.Select((row, i) => (row.Figure, i)).ToDictionary(p => p.Figure, p => p.i);
        for (var i = 0; i < limma.Count; i++)
        {
            var want = limma[i];
            var at = position[want.Figure];
            var got = ours[at];
            Assert.True(at == i || Relative(want.P, limma[Math.Min(at, limma.Count - 1)].P) < 1e-12, $"{mode}: {want.Figure} is row {at + 1}, limma's {i + 1}");
            Assert.Equal((want.SetSize, want.Direction), (got.SetSize, got.Direction));
            Assert.True(Relative(want.P, got.P) < 1e-9, $"{mode}, {want.Figure}: p {got.P:R}, limma {want.P:R}");
            Assert.True(Relative(want.Fdr, got.Fdr) < 1e-9, $"{mode}, {want.Figure}: FDR {got.Fdr:R}, limma {want.Fdr:R}");
        }
    }
}
