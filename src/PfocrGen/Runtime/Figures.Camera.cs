namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    partial class Figures
    {
        /// <summary>
        /// Competitive gene-set test of every figure against a statistic for every measured gene: limma's
        /// <c>cameraPR</c> (Wu and Smyth 2012), with the same numbers. A figure's set is its distinct genes that have
        /// a statistic; genes with a statistic but in no figure still count among the other genes. A figure is
        /// tested when <c>MinSetSize ≤ set size ≤ MaxSetSize</c> (defaults 2 and 500, as <see cref="Enrich"/>), the
        /// set is not empty and not every gene. By default the parametric test (a two-sample t whose variance is
        /// inflated by the inter-gene correlation, on G − 2 degrees of freedom); with
        /// <see cref="CameraOptions.UseRanks"/> the rank-sum version. Returns every tested figure, by p-value, then
        /// figure id, with Benjamini–Hochberg adjusted p-values over them. The statistic is prepared once and kept:
        /// calling again with the same genes and values (in the same order) skips that work. See docs/statistics.md.
        /// </summary>
        /// <param name="statistics">NCBI gene id → the gene's statistic (a moderated t, a z, a log fold change).</param>
        /// <param name="options">The test, the inter-gene correlation (default 0.01) and the set-size bounds.</param>
        /// <exception cref="ArgumentException">
        /// A statistic is NaN or infinite, fewer than 3 genes have one, all are equal, or the correlation is not strictly between −1 and 1.
        /// </exception>
        public static IReadOnlyList<CameraResult> Camera(IReadOnlyDictionary<int, double> statistics, CameraOptions/*?*/ options = null) =>
            PfocrStatistics.Camera(PfocrStatistics.CameraStatistic.For(statistics, nameof(statistics)), options, nameof(options));

        /// <summary>
        /// <see cref="Camera(IReadOnlyDictionary{int, double}, CameraOptions)"/> over (NCBI gene id, statistic)
        /// pairs, read once; a gene id given twice is an <see cref="ArgumentException"/>.
        /// </summary>
        /// <param name="statistics">(NCBI gene id, statistic) pairs, one per gene.</param>
        /// <param name="options">The test, the inter-gene correlation (default 0.01) and the set-size bounds.</param>
        /// <exception cref="ArgumentException">
        /// A gene id is repeated, a statistic is NaN or infinite, fewer than 3 genes have one, all are equal, or the
        /// correlation is not strictly between −1 and 1.
        /// </exception>
        public static IReadOnlyList<CameraResult> Camera(IEnumerable<KeyValuePair<int, double>> statistics, CameraOptions/*?*/ options = null) =>
            PfocrStatistics.Camera(PfocrStatistics.CameraStatistic.For(statistics, nameof(statistics)), options, nameof(options));
    }
}
