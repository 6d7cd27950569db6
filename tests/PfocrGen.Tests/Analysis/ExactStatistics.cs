using System.Numerics;

namespace PfocrGen.Tests.Analysis;

/// <summary>
/// Exact reference statistics for checking the generated enrichment: hypergeometric tails as exact rationals with
/// <see cref="BigInteger"/>, and Benjamini–Hochberg written from its definition rather than as a running minimum.
/// </summary>
internal static class ExactStatistics
{
    /// <summary>P(X ≥ k) for X ~ Hypergeometric(N, K, n), as the double nearest the exact rational.</summary>
    public static double UpperTail(int k, int population, int successes, int draws)
    {
        // Summed over the shorter side of k: the terms from k up, or all of them (C(N, n)) less those below k.
        var least = Math.Max(0, draws - (population - successes));
        var most = Math.Min(successes, draws);
        var total = Choose(population, draws);
        if (k - least < most - k)
        {
            var below = BigInteger.Zero;
            for (var i = least; i < k; i++)
            {
                below += Term(i, population, successes, draws);
            }

            return Ratio(total - below, total);
        }

        var numerator = BigInteger.Zero;
        for (var i = Math.Max(k, least); i <= most; i++)
        {
            numerator += Term(i, population, successes, draws);
        }

        return Ratio(numerator, total);
    }

    // C(K, i) C(N - K, n - i): the draws with exactly i successes.
    private static BigInteger Term(int i, int population, int successes, int draws) =>
        Choose(successes, i) * Choose(population - successes, draws - i);

    /// <summary>q_i = min over j ≥ rank(i) of min(1, p_(j)·m / j), straight from the definition.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var sorted = pValues.Select((p, index) => (p, index)).OrderBy(x => x.p).ThenBy(x => x.index).ToArray();
        var q = new double[m];
        for (var rank = 1; rank <= m; rank++)
        {
            var best = 1.0;
            for (var j = rank; j <= m; j++)
            {
                best = Math.Min(best, sorted[j - 1].p * m / j);
            }

            q[sorted[rank - 1].index] = best;
        }

        return q;
    }

    private static BigInteger Choose(int n, int r)
    {
        if (r < 0 || r > n)
        {
            return BigInteger.Zero;
        }

        r = Math.Min(r, n - r);
        var result = BigInteger.One;
        for (var i = 1; i <= r; i++)
        {
            result = result * (n - r + i) / i;
        }

        return result;
    }

    private static double Ratio(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero)
        {
            return 0;
        }

        // Scale so the integer quotient carries 80 significant bits, then undo the scale in the exponent.
        var shift = (int)(denominator.GetBitLength() - numerator.GetBitLength()) + 80;
        var quotient = shift >= 0 ? (numerator << shift) / denominator : numerator / (denominator << -shift);
        return Math.ScaleB((double)quotient, -shift);
    }
}
