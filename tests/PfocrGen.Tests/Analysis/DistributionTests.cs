using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// The runtime's Student t and normal tails against the exact values and against R's <c>pt</c> and <c>pnorm</c>
/// (Reference/student-t.tsv, from scripts/dev/student-t-vs-r.R and scripts/dev/student-t-exact.py): degrees of freedom from 1
/// to 10⁷ and infinite, t from 0 to tails of 1e-300. R's <c>pt</c> is itself off by up to about 2.5e-13 (and is a
/// normal approximation beyond 4e5 degrees of freedom), so the tight bounds are against the exact columns.
/// </summary>
public sealed class DistributionTests
{
    [Fact]
    public void Student_t_and_normal_tails_match_r_over_the_grid()
    {
        var statistics = GeneratorHarness.Run(TestData.SampleFiles).Load().Assembly.GetType("Pfocr.PfocrStatistics", throwOnError: true)!;
        var student = statistics.GetMethod("StudentTwoSidedTail", BindingFlags.NonPublic | BindingFlags.Static, [typeof(double), typeof(double), typeof(double).MakeByRefType()])!;
        var normal = statistics.GetMethod("NormalUpperTail", BindingFlags.NonPublic | BindingFlags.Static)!;
        var rows = CameraCalls.ReadTable("student-t.tsv");
        Assert.True(rows.Count > 700);

        var worst = new Dictionary<string, double> { ["normal"] = 0, ["t, df < 10000"] = 0, ["t, df >= 10000"] = 0 };
        var worstAgainstR = 0.0;
        var tiniest = 1.0;
        foreach (var row in rows)
        {
            var (t, df, lower, upper) = (Parse(row[0]), Parse(row[1]), Parse(row[2]), Parse(row[3]));
            var (exactLower, exactUpper) = (Parse(row[4]), Parse(row[5]));
            double ourLower, ourUpper;
            string kind;
            if (double.IsPositiveInfinity(df))
            {
                (ourLower, ourUpper, kind) = ((double)normal.Invoke(null, [-t])!, (double)normal.Invoke(null, [t])!, "normal");
            }
            else
            {
                object[] arguments = [t, df, 0.0];
                var tail = (double)student.Invoke(null, arguments)! / 2;
                var body = 0.5 + ((double)arguments[2] / 2);
                (ourLower, ourUpper) = t < 0 ? (tail, body) : (body, tail);
                kind = df < 10_000 ? "t, df < 10000" : "t, df >= 10000";
            }

            worst[kind] = Math.Max(worst[kind], Math.Max(CameraCalls.Relative(exactLower, ourLower), CameraCalls.Relative(exactUpper, ourUpper)));
            if (df <= 4e5)
            {
                worstAgainstR = Math.Max(worstAgainstR, Math.Max(CameraCalls.Relative(lower, ourLower), CameraCalls.Relative(upper, ourUpper)));
            }

            tiniest = Math.Min(tiniest, Math.Min(exactLower, exactUpper));
        }

        // Camera's ν is G − 2, in the thousands to tens of thousands. Below 10,000 degrees of freedom the far tails are
        // limited by the rounding of an exponent near −690 (a tail near 1e-300): about 1e-13, as R's own.
        Assert.True(tiniest < 1e-299, "the grid reaches tails of 1e-300");
        Assert.True(worst["normal"] < 5e-15, $"normal: {worst["normal"]:G3}");
        Assert.True(worst["t, df >= 10000"] < 1e-14, $"t, df >= 10000: {worst["t, df >= 10000"]:G3}");
        Assert.True(worst["t, df < 10000"] < 1.5e-13, $"t, df < 10000: {worst["t, df < 10000"]:G3}");
        Assert.True(worstAgainstR < 4e-13, $"against R's pt, df <= 4e5: {worstAgainstR:G3}");
    }

    private static double Parse(string text) => text switch
    {
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => CameraCalls.Real(text),
    };
}
