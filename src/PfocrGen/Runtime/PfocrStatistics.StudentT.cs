namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// P(|T| ≥ |t|) for Student's t with <paramref name="degreesOfFreedom"/> degrees of freedom (finite, positive),
        /// to a relative error below about 1e-12 for ν up to 20,000 (1e-10 at ν = 10⁶: the continued fraction loses
        /// digits as ν grows) and tails down to 1e-300: it is the regularized incomplete beta I_x(ν/2, 1/2) at
        /// x = ν / (ν + t²), whose prefactor is taken in log space. <paramref name="complement"/> is P(|T| &lt; |t|),
        /// computed directly where it is the small one, so both stay accurate.
        /// </summary>
        internal static double StudentTwoSidedTail(double t, double degreesOfFreedom, out double complement) =>
            StudentTwoSidedTail(t, degreesOfFreedom, LogGammaHalfStep(degreesOfFreedom / 2), out complement);

        /// <summary>
        /// <see cref="StudentTwoSidedTail(double, double, out double)"/> given ln Γ(ν/2 + 1/2) − ln Γ(ν/2)
        /// (<see cref="LogGammaHalfStep"/>), which a caller with many t on one ν computes once.
        /// </summary>
        internal static double StudentTwoSidedTail(double t, double degreesOfFreedom, double logGammaHalfStep, out double complement)
        {
            if (double.IsInfinity(t))
            {
                complement = 1;
                return 0;
            }

            if (t == 0)
            {
                complement = 0;
                return 1;
            }

            // s = t²/ν; x = 1/(1+s) and y = 1−x = s/(1+s), each formed without subtracting from 1, and their
            // logarithms through log1p, so that ν/2 (tens of thousands) times ln x keeps its digits.
            var a = degreesOfFreedom / 2;
            var square = t * t / degreesOfFreedom;
            double x, y, logX, logY;
            if (square > 1)
            {
                // ν/t², formed so that a t near the largest double neither overflows t² nor underflows the logarithm.
                var inverse = degreesOfFreedom / Math.Abs(t) / Math.Abs(t);
                x = inverse / (1 + inverse);
                y = 1 / (1 + inverse);
                logY = -Log1P(inverse);
                logX = (inverse > 1e-280 ? Math.Log(inverse) : Math.Log(degreesOfFreedom) - (2 * Math.Log(Math.Abs(t)))) + logY;
            }
            else
            {
                x = 1 / (1 + square);
                y = square / (1 + square);
                logX = -Log1P(square);
                logY = Math.Log(square) + logX;
            }

            // x^a · y^(1/2) / B(a, 1/2), with ln B(a, 1/2) = ln Γ(1/2) − (ln Γ(a + 1/2) − ln Γ(a)).
            var logFront = (a * logX) + (0.5 * logY) - (0.5 * LogPi) + logGammaHalfStep;
            if (square <= 1 && t * t <= 4)
            {
                // |t| ≤ 2 (most figures of a null statistic): the complement I_y(1/2, a) as its hypergeometric
                // series, y^(1/2) x^a / ((1/2) B(a, 1/2)) · Σ (a + 1/2)ₙ / (3/2)ₙ · yⁿ, whose terms are all positive and
                // peak near n = t²/2: a few dozen terms, against the continued fraction's hundred divisions, and its
                // p ≥ 0.045 loses little more than one digit to 1 − complement.
                var term = 1.0;
                var series = 1.0;
                for (var n = 0; n < 10000 && term > series * 1e-17; n++)
                {
                    term *= (a + 0.5 + n) / (1.5 + n) * y;
                    series += term;
                }

                complement = Math.Exp(logFront + Ln2) * series;
                return 1 - complement;
            }

            if (x < (a + 1) / (a + 2.5))
            {
                var tail = Math.Exp(logFront - Math.Log(a)) * BetaContinuedFraction(a, 0.5, x);
                complement = 1 - tail;
                return tail;
            }

            // Near t = 0 the other side converges: I_x(a, 1/2) = 1 − I_y(1/2, a).
            complement = Math.Exp(logFront + Ln2) * BetaContinuedFraction(0.5, a, y);
            return 1 - complement;
        }

        /// <summary>ln Γ(a + 1/2) − ln Γ(a) for a &gt; 0, to about 1e-16 absolute: the difference of Stirling's series at a ≥ 10, where it is converged, and the exact ratio of the recurrence below that.</summary>
        internal static double LogGammaHalfStep(double a)
        {
            // Γ(a + 1/2)/Γ(a) = Γ(a + k + 1/2)/Γ(a + k) · Π (a + j)/(a + j + 1/2).
            var ratio = 1.0;
            while (a < 10)
            {
                ratio *= a / (a + 0.5);
                a += 1;
            }

            var shiftLog = Math.Log(ratio);

            // ln Γ(z) = (z − 1/2) ln z − z + ln √(2π) + S(z): the difference at z = a + 1/2 and z = a is
            // (1/2) ln a + a ln(1 + 1/(2a)) − 1/2 + S(a + 1/2) − S(a).
            var main = (0.5 * Math.Log(a)) + ((a * Log1P(0.5 / a)) - 0.5);
            return shiftLog + main + StirlingSeries(a + 0.5) - StirlingSeries(a);
        }

        // Σ B₂ₖ / (2k (2k−1) z^(2k−1)) to k = 7: below 1e-17 past that for z ≥ 10.
        private static double StirlingSeries(double z)
        {
            var inverse = 1 / z;
            var square = inverse * inverse;
            var series = 1.0 / 156;
            series = (series * square) - (691.0 / 360360);
            series = (series * square) + (1.0 / 1188);
            series = (series * square) - (1.0 / 1680);
            series = (series * square) + (1.0 / 1260);
            series = (series * square) - (1.0 / 360);
            series = (series * square) + (1.0 / 12);
            return series * inverse;
        }

        /// <summary>
        /// The continued fraction of I_x(a, b) (modified Lentz), to be multiplied by x^a (1−x)^b / (a B(a, b)):
        /// it converges fast for x &lt; (a + 1)/(a + b + 2), where callers use it.
        /// </summary>
        private static double BetaContinuedFraction(double a, double b, double x)
        {
            const double tiny = 1e-300;
            var sum = a + b;
            var c = 1.0;
            var d = 1 - (sum * x / (a + 1));
            d = 1 / (Math.Abs(d) < tiny ? tiny : d);
            var fraction = d;
            for (var m = 1; m <= 100000; m++)
            {
                var twice = 2.0 * m;
                var even = m * (b - m) * x / ((a - 1 + twice) * (a + twice));
                d = 1 + (even * d);
                d = 1 / (Math.Abs(d) < tiny ? tiny : d);
                c = 1 + (even / c);
                c = Math.Abs(c) < tiny ? tiny : c;
                fraction *= d * c;

                var odd = -(a + m) * (sum + m) * x / ((a + twice) * (a + 1 + twice));
                d = 1 + (odd * d);
                d = 1 / (Math.Abs(d) < tiny ? tiny : d);
                c = 1 + (odd / c);
                c = Math.Abs(c) < tiny ? tiny : c;
                var step = d * c;
                fraction *= step;
                if (Math.Abs(step - 1) < 2e-16)
                {
                    break;
                }
            }

            return fraction;
        }

        /// <summary>ln(1 + x) for x &gt; −1, accurate for small x (netstandard2.0 has no Math.Log1P): the rounding of 1 + x is undone by the exact ratio x / ((1 + x) − 1).</summary>
        internal static double Log1P(double x)
        {
            var onePlus = 1 + x;
            if (onePlus == 1)
            {
                return x;
            }

            return Math.Log(onePlus) * x / (onePlus - 1);
        }

        private const double LogPi = 1.1447298858494002;

        private const double Ln2 = 0.6931471805599453;
    }
}
