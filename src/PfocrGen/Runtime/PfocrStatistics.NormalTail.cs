namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// P(Z &gt; z) for a standard normal Z, with full relative precision in the upper tail down to about 1e-300
        /// (z ≈ 37) and at every z below it. It is half the regularized incomplete gamma Q(1/2, z²/2): its power
        /// series where z²/2 &lt; 3/2 and its continued fraction beyond, both times e^(−z²/2) · z / √(2π).
        /// </summary>
        internal static double NormalUpperTail(double z)
        {
            if (double.IsNaN(z))
            {
                return double.NaN;
            }

            if (z < 0)
            {
                return 1 - NormalUpperTail(-z);
            }

            if (double.IsPositiveInfinity(z))
            {
                return 0;
            }

            return 0.5 * UpperGammaHalf(z * z / 2, ExpMinusHalfSquare(z) * z * InverseSqrtTwoPi);
        }

        /// <summary>
        /// Q(1/2, x) = erfc(√x) for x ≥ 0, given <paramref name="front"/> = e^(−x) √x / √π (which callers form
        /// without rounding a large x in the exponent): its power series where x &lt; 3/2 and its continued fraction beyond.
        /// </summary>
        private static double UpperGammaHalf(double x, double front)
        {
            if (x < 1.5)
            {
                // P(1/2, x) = e^(−x) x^(1/2) / Γ(1/2) · Σ xⁿ / ((1/2)(3/2)…(n + 1/2)): every term positive.
                var term = 2.0;
                var sum = term;
                for (var n = 1; n < 200 && term > sum * 1e-17; n++)
                {
                    term *= x / (n + 0.5);
                    sum += term;
                }

                return 1 - (front * sum);
            }

            // Q(1/2, x) = e^(−x) x^(1/2) / Γ(1/2) · 1/(x + 1/2 − (1·1/2)/(x + 5/2 − (2·3/2)/(x + 9/2 − …))), its
            // convergents Aₙ/Bₙ by the three-term recurrence (Wallis), which needs no division until the end (the
            // modified Lentz takes two per step, and near x = 3/2 some sixty steps): stopped once Aₙ/Bₙ and Aₙ₋₁/Bₙ₋₁
            // agree to 1e-17 relative, compared without dividing; rescaled by 2^−600 before they could overflow.
            var previousNumerator = 1.0;
            var numerator = x + 0.5;
            var previousDenominator = 0.0;
            var denominator = 1.0;
            var b = numerator;
            for (var i = 1; i < 10000; i++)
            {
                var a = -i * (i - 0.5);
                b += 2;
                var nextNumerator = (b * numerator) + (a * previousNumerator);
                var nextDenominator = (b * denominator) + (a * previousDenominator);
                previousNumerator = numerator;
                previousDenominator = denominator;
                numerator = nextNumerator;
                denominator = nextDenominator;
                if (Math.Abs((numerator * previousDenominator) - (previousNumerator * denominator)) <= 1e-17 * Math.Abs(numerator * previousDenominator))
                {
                    break;
                }

                if (Math.Abs(numerator) > 1e250)
                {
                    const double scale = 2.4099198651028841e-181; // 2^-600
                    numerator *= scale;
                    previousNumerator *= scale;
                    denominator *= scale;
                    previousDenominator *= scale;
                }
            }

            return front * denominator / numerator;
        }

        // e^(−z²/2) without the rounding of z² in the exponent (an error of z² · 1e-16 there is one of the same size,
        // relative, in a tail near 1e-300): z = h + l with h a multiple of 1/16, so h² is exact, and
        // z² = h² + (z − h)(z + h).
        private static double ExpMinusHalfSquare(double z)
        {
            var head = Math.Floor(z * 16) / 16;
            return Math.Exp(-head * head / 2) * Math.Exp(-(z - head) * (z + head) / 2);
        }

        private const double InverseSqrtTwoPi = 0.3989422804014327;
    }
}
