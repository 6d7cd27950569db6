using System.Reflection;
using PfocrGen.Tests.Infrastructure;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// The runtime's Student t and normal tails against R's <c>pt</c> and <c>pnorm</c> (Reference/student-t.tsv, from
/// scripts/dev/student-t-vs-r.R): degrees of freedom from 1 to 10⁶ and infinite, t from 0 to tails of 1e-300.
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

        var worst = new Dictionary<string, double> { ["normal"] = 0, ["t, df <= 20000"] = 0, ["t, df > 20000"] = 0 };
        var tiniest = 1.0;
        foreach (var row in rows)
        {
            var (t, df, lower, upper) = (Parse(row[0]), Parse(row[1]), Parse(row[2]), Parse(row[3]));
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
                kind = df <= 20_000 ? "t, df <= 20000" : "t, df > 20000";
            }

            worst[kind] = Math.Max(worst[kind], Math.Max(CameraCalls.Relative(lower, ourLower), CameraCalls.Relative(upper, ourUpper)));
            tiniest = Math.Min(tiniest, Math.Min(lower, upper));
        }

        // The t tail's continued fraction loses digits as ν grows (ν/2 is its first parameter): camera's ν is G − 2.
        Assert.True(tiniest < 1e-299, "the grid reaches tails of 1e-300");
        Assert.True(worst["normal"] < 1e-13, $"normal: {worst["normal"]:G3}");
        Assert.True(worst["t, df <= 20000"] < 2e-12, $"t, df <= 20000: {worst["t, df <= 20000"]:G3}");
        Assert.True(worst["t, df > 20000"] < 1e-10, $"t, df > 20000: {worst["t, df > 20000"]:G3}");
    }

    private static double Parse(string text) => text switch
    {
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => CameraCalls.Real(text),
    };
}
