# Usage: python3 scripts/dev/student-t-exact.py tests/PfocrGen.Tests/Analysis/Reference/student-t.tsv   (needs mpmath)
# Adds the exact Student t CDF to the grid of scripts/dev/student-t-vs-r.R (which see): two columns, exact_lower and
# exact_upper, P(T <= t) and P(T > t) rounded to the nearest double, computed with mpmath at 60 digits at the t and degrees
# of freedom as written (each a double). R's pt is accurate to about 1e-13 only, and beyond 4e5 degrees of freedom is
# an approximation, so DistributionTests holds the runtime to these.
#
#   python3 scripts/dev/student-t-exact.py tests/PfocrGen.Tests/Analysis/Reference/student-t.tsv
#
# The two-sided tail is the incomplete beta I_x(ν/2, 1/2), x = ν/(ν + t²), taken as an integral (mpmath's own
# betainc loses digits at these parameters): with x = e^(−w), from w₀ = ln(1 + t²/ν),
# e^(−a w₀) / (a B(a, 1/2)) ∫₀^∞ e^(−v) (1 − e^(−w₀ − v/a))^(−1/2) dv; near t = 0 its complement
# 2/B(a, 1/2) ∫₀^√y (1 − r²)^(a − 1) dr, y = t²/(ν + t²). Infinite degrees of freedom: erfc(|t|/√2). The results
# agree at 40 and 60 digits and with the closed forms for even ν (Abramowitz & Stegun 26.7.3).
import sys

import mpmath as mp

mp.mp.dps = 60


def two_sided_tail(t, nu):
    if nu == mp.inf:
        return mp.erfc(abs(t) / mp.sqrt(2))
    if t == 0:
        return mp.mpf(1)
    a = nu / 2
    s = t * t / nu
    log_beta = mp.loggamma(a) + mp.loggamma(mp.mpf(0.5)) - mp.loggamma(a + mp.mpf(0.5))
    w0 = mp.log1p(s)
    if a * w0 < 1:
        root = mp.sqrt(s / (1 + s))
        return 1 - 2 * mp.quad(lambda r: mp.exp((a - 1) * mp.log1p(-r * r) - log_beta), [0, root / 2, root])
    integrand = lambda v: mp.exp(-v) * (-mp.expm1(-w0 - v / a)) ** (-mp.mpf(0.5))
    return mp.exp(-a * w0 - mp.log(a) - log_beta) * mp.quad(integrand, [0, 0.5, 2, 8, 30, 100, mp.inf])


def digits(x):
    return "%.17g" % float(x)  # the nearest double, as R's columns are written


path = sys.argv[1]
lines = open(path).read().splitlines()
header = lines[0].split("\t")[:4]
rows = [header + ["exact_lower", "exact_upper"]]
for line in lines[1:]:
    fields = line.split("\t")[:4]
    t = mp.mpf(float(fields[0]))
    nu = mp.inf if fields[1] == "Inf" else mp.mpf(float(fields[1]))
    tail = two_sided_tail(t, nu) / 2
    lower, upper = (tail, 1 - tail) if t < 0 else (1 - tail, tail)
    rows.append(fields + [digits(lower), digits(upper)])
with open(path, "w") as out:
    out.write("".join("\t".join(row) + "\n" for row in rows))
