namespace Pfocr
{
    using System;

    static partial class PfocrStatistics
    {
        /// <summary>
        /// P(|T| ≥ |t|) for Student's t with <paramref name="degreesOfFreedom"/> degrees of freedom (finite, positive),
        /// the regularized incomplete beta I_x(ν/2, 1/2) at x = ν / (ν + t²), to a relative error below 1e-14 for
        /// ν ≥ 10,000 down to tails of 1e-300, and below 1e-13 for every ν (there the far tails' exponent, near −690,
        /// is rounded; R's pt is no closer). For ν ≥ 50 and t² ≤ 6ν it is an expansion in incomplete gamma functions
        /// (<see cref="StudentTailManyDegrees"/>) whose exponent is kept unrounded; elsewhere a series or continued
        /// fraction with the prefactor in log space. <paramref name="complement"/> is P(|T| &lt; |t|), computed directly
        /// where it is the small one, so both stay accurate.
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
            var manyDegrees = a >= 25 && square <= 6;
            if (square <= 1 && t * t <= (manyDegrees ? 0.5 : 4))
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

            if (manyDegrees)
            {
                var upper = StudentTailManyDegrees(Math.Abs(t), a, square);
                complement = 1 - upper;
                return upper;
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

        /// <summary>
        /// I_x(a, 1/2) at x = 1/(1 + s), s = t²/ν, for a = ν/2 ≥ 25 and s ≤ 6 (where the continued fraction would need up to
        /// ν iterations): with x = e^(−w), the integral ∫ e^(−a w) (1 − e^(−w))^(−1/2) dw / B(a, 1/2) from w = ln(1 + s),
        /// expanded as w^(−1/2) Σ c_k w^k, is Γ(a + 1/2)/(Γ(a) √a) · Σ c_k (1/2)_k a^(−k) Q(k + 1/2, z) with z = a ln(1 + s)
        /// (the expansion of DiDonato and Morris's BGRAT at b = 1/2); the Q follow from Q(1/2, z) = erfc(√z) upwards by
        /// Q(k + 3/2, z) = Q(k + 1/2, z) + z^(k + 1/2) e^(−z) / Γ(k + 3/2), and the terms fall like c_k ln(1 + s)^k.
        /// e^(−z) is e^(−t²/2) e^(a (s − ln(1 + s))), with t²/2 split so that it is not rounded: for large ν the second
        /// exponent is small, so a tail near 1e-300 keeps its digits.
        /// </summary>
        private static double StudentTailManyDegrees(double t, double a, double s)
        {
            var z = a * Log1P(s);
            var head = Math.Floor(t * 16) / 16;
            var halfHeadSquare = head * head / 2;
            // s itself is rounded, and the correction's derivative in s is a s/(1 + s): at ν = 1000 and a tail of 1e-190 that
            // rounding alone is 1e-13 of it. The rounding error of s = t²/ν, found exactly (Dekker's product), is added back
            // to first order.
            var correction = a * (SMinusLog1P(s) + (s / (1 + s) * SquareOverRoundingError(t, 2 * a, s)));

            // correction − t²/2 as an unrounded sum (Knuth's two-sum): rounding it to a double near 700 would cost 1e-13.
            var exponent = correction - halfHeadSquare;
            var back = exponent - correction;
            var error = (correction - (exponent - back)) - (halfHeadSquare + back);
            var rest = error - ((t - head) * (t + head) / 2);
            var expMinusZ = z < 16 ? Math.Exp(exponent + rest) : Math.Exp(exponent) * Math.Exp(rest);
            var front = expMinusZ * Math.Sqrt(z) * InverseSqrtPi;
            var q = UpperGammaHalf(z, front);
            var step = 2 * front;
            var weight = 1.0;
            var sum = q;
            var previous = q;
            for (var k = 1; k < HalfPowerCoefficients.Length; k++)
            {
                q += step;
                step *= z / (k + 0.5);
                weight *= (k - 0.5) / a;
                var term = HalfPowerCoefficients[k] * weight * q;
                sum += term;
                if (Math.Abs(term) + Math.Abs(previous) < sum * 1e-17)
                {
                    break;
                }

                previous = term;
            }

            // Γ(a + 1/2)/(Γ(a) √a), kept for the last a (a camera call asks for one ν thousands of times).
            var last = lastHalfStepRatio;
            if (last.HalfDegrees != a)
            {
                last = new HalfStepRatio(a);
                lastHalfStepRatio = last;
            }

            return last.Ratio * sum;
        }

        private static HalfStepRatio lastHalfStepRatio = new HalfStepRatio(25);

        /// <summary>Γ(a + 1/2)/(Γ(a) √a) for a ≥ 10, near 1 − 1/(8a): exp(a ln(1 + 1/(2a)) − 1/2 + S(a + 1/2) − S(a)), S Stirling's series.</summary>
        private sealed class HalfStepRatio
        {
            public HalfStepRatio(double halfDegrees)
            {
                HalfDegrees = halfDegrees;
                Ratio = Math.Exp((halfDegrees * Log1P(0.5 / halfDegrees)) - 0.5 + StirlingSeries(halfDegrees + 0.5) - StirlingSeries(halfDegrees));
            }

            public double HalfDegrees { get; }

            public double Ratio { get; }
        }

        /// <summary>t²/ν − <paramref name="square"/> for <paramref name="square"/> = t * t / ν as rounded (t² up to 1e300): t² as an unrounded pair by Dekker's split, less square · ν, also unrounded.</summary>
        private static double SquareOverRoundingError(double t, double degreesOfFreedom, double square)
        {
            var product = t * t;
            var back = square * degreesOfFreedom;
            return (product - back + (ProductError(t, t, product) - ProductError(square, degreesOfFreedom, back))) / degreesOfFreedom;
        }

        // x · y − product exactly, for product = x * y as rounded (Dekker): each factor split into 26-bit halves, whose
        // products are exact.
        private static double ProductError(double x, double y, double product)
        {
            var xHigh = SplitHigh(x);
            var yHigh = SplitHigh(y);
            var xLow = x - xHigh;
            var yLow = y - yHigh;
            return (((xHigh * yHigh) - product) + (xHigh * yLow) + (xLow * yHigh)) + (xLow * yLow);
        }

        private static double SplitHigh(double x)
        {
            var scaled = 134217729.0 * x; // 2^27 + 1
            return scaled - (scaled - x);
        }

        /// <summary>s − ln(1 + s) for s ≥ 0 without the cancellation at small s: with u = s/(2 + s), ln(1 + s) = 2 artanh u, so it is u s − 2 Σ u^(2k+1)/(2k + 1) from k = 1.</summary>
        private static double SMinusLog1P(double s)
        {
            if (s > 6)
            {
                return s - Log1P(s);
            }

            var u = s / (2 + s);
            var square = u * u;
            var power = u * square;
            var series = 0.0;
            for (var k = 1; k < 100; k++)
            {
                var piece = power / ((2 * k) + 1);
                series += piece;
                if (piece <= series * 1e-17)
                {
                    break;
                }

                power *= square;
            }

            return (u * s) - (2 * series);
        }

        // The Taylor coefficients c_k of (w / (1 − e^(−w)))^(1/2) = Σ c_k w^k (radius 2π; from a 40-digit computation).
        private static readonly double[] HalfPowerCoefficients =
        {
            1,
            0.25,
            0.010416666666666666,
            -0.0026041666666666665,
            -9.7656250000000005e-05,
            5.1540798611111111e-05,
            1.2756024718915344e-06,
            -1.1100970878802909e-06,
            -1.9670584004181822e-08,
            2.4836319884715677e-08,
            3.3966619960386745e-10,
            -5.6900718339421874e-10,
            -6.3372301556671304e-12,
            1.3251315155878903e-11,
            1.2468358960996804e-13,
            -3.1229993780631886e-13,
            -2.546988626356897e-15,
            7.4267023509181585e-15,
            5.3488858900327365e-17,
            -1.7785792610889221e-16,
            -1.1473989542270475e-18,
            4.2834766547261282e-18,
            2.5030337435180244e-20,
            -1.0363862910759544e-19,
            -5.5354983791784772e-22,
            2.517185267159961e-21,
            1.2381595956438125e-23,
            -6.1336624391054115e-23,
            -2.7961370314294057e-25,
            1.498765280596104e-24,
            6.3665264604828331e-27,
            -3.6710875469301559e-26,
            -1.4599270865193941e-28,
            9.0109766691735988e-28,
            3.3686601925908247e-30,
            -2.2159341408901155e-29,
            -7.8156028577896753e-32,
        };

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

        private const double InverseSqrtPi = 0.56418958354775628;
    }
}
