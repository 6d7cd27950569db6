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

            var half = z * z / 2;
            var front = ExpMinusHalfSquare(z) * z * InverseSqrtTwoPi;
            if (half < 1.5)
            {
                // P(1/2, x) = e^(−x) x^(1/2) / Γ(1/2) · Σ xⁿ / ((1/2)(3/2)…(n + 1/2)): every term positive.
                var term = 2.0;
                var sum = term;
                for (var n = 1; n < 200 && term > sum * 1e-17; n++)
                {
                    term *= half / (n + 0.5);
                    sum += term;
                }

                return 0.5 - (0.5 * front * sum);
            }

            // Q(1/2, x) = e^(−x) x^(1/2) / Γ(1/2) · 1/(x + 1/2 − (1·1/2)/(x + 5/2 − (2·3/2)/(x + 9/2 − …))), modified Lentz.
            const double tiny = 1e-300;
            var b = half + 0.5;
            var c = 1 / tiny;
            var d = 1 / b;
            var fraction = d;
            for (var i = 1; i < 10000; i++)
            {
                var a = -i * (i - 0.5);
                b += 2;
                d = (a * d) + b;
                d = 1 / (Math.Abs(d) < tiny ? tiny : d);
                c = b + (a / c);
                c = Math.Abs(c) < tiny ? tiny : c;
                var step = d * c;
                fraction *= step;
                if (Math.Abs(step - 1) < 2e-16)
                {
                    break;
                }
            }

            return 0.5 * front * fraction;
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
