using System.Globalization;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// A made-up experiment's statistic over a release GMT's genes, as camera is given one: most of the GMT's genes
/// plus genes in no figure, values drawn from a normal and rounded to two decimals (so many genes tie), and a
/// shift up or down for the genes of every 50th figure (signal). Seeded, so the tests, the benchmark and
/// scripts/perf/camera-vs-r.R (which reads it from the file <see cref="Write"/> makes) see the same numbers.
/// </summary>
internal static class CameraExperiment
{
    /// <summary>The first of the ids in no figure (no NCBI gene id is this large).</summary>
    public const int OutsideIdsStart = 900_000_000;

    /// <summary>
    /// The statistic, in gene id order (the outside ids last): <paramref name="measuredGenes"/> of the GMT's gene
    /// ids (all when there are fewer) and <paramref name="outsideGenes"/> ids in no figure.
    /// </summary>
    public static List<KeyValuePair<int, double>> Statistic(IReadOnlyList<int[]> figureGenes, int measuredGenes, int outsideGenes, int seed)
    {
        var random = new Random(seed);
        var all = figureGenes.SelectMany(genes => genes).Distinct().Order().ToList();
        var measured = all.OrderBy(_ => random.Next()).Take(measuredGenes).Order().Concat(Enumerable.Range(OutsideIdsStart, outsideGenes)).ToList();
        var values = measured.ToDictionary(id => id, _ => Math.Round(Normal(random) * 100) / 100);
        for (var figure = 0; figure < figureGenes.Count; figure += 50)
        {
            var shift = figure % 100 == 0 ? 0.8 : -0.8;
            foreach (var id in figureGenes[figure].Distinct())
            {
                if (values.ContainsKey(id))
                {
                    values[id] += shift;
                }
            }
        }

        return measured.Select(id => KeyValuePair.Create(id, values[id])).ToList();
    }

    /// <summary>The seed of the statistic the tests, the benchmark and the committed references use.</summary>
    public const int Seed = 20261207;

    /// <summary>
    /// The statistic for a release GMT: 99% of its gene ids (13,000 at most) and 13% as many ids in no figure.
    /// </summary>
    public static List<KeyValuePair<int, double>> ForRelease(IReadOnlyList<int[]> figureGenes, int seed = Seed)
    {
        var genes = figureGenes.SelectMany(g => g).Distinct().Count();
        var measured = Math.Min(13_000, genes * 99 / 100);
        return Statistic(figureGenes, measured, measured * 13 / 100, seed);
    }

    /// <summary>Each line's gene ids, in the GMT's order of lines.</summary>
    public static List<int[]> FigureGenes(string gmtPath) =>
        File.ReadLines(gmtPath).Select(line => line.Split('\t').Skip(2).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray()).ToList();

    /// <summary>Writes the statistic as <c>id\tvalue</c> lines, every double round-tripping exactly.</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<int, double>> statistic) =>
        File.WriteAllLines(path, statistic.Select(pair => pair.Key.ToString(CultureInfo.InvariantCulture) + "\t" + pair.Value.ToString("R", CultureInfo.InvariantCulture)));

    // Box–Muller: two uniforms to one standard normal.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
