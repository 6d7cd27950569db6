# Usage: Rscript scripts/dev/student-t-vs-r.R > tests/PfocrGen.Tests/Analysis/Reference/student-t.tsv
# Reference values of R's pt (Student t CDF) and pnorm for the runtime's own t and normal tails
# (tests/PfocrGen.Tests/Analysis/DistributionTests.cs reads them; the tests need no R).
#
#   Rscript scripts/dev/student-t-vs-r.R > tests/PfocrGen.Tests/Analysis/Reference/student-t.tsv
#   python3 scripts/dev/student-t-exact.py tests/PfocrGen.Tests/Analysis/Reference/student-t.tsv
#
# R's pt is itself accurate to only about 1e-13 relative (2.5e-13 at 14688 degrees of freedom, where it rounds
# 1 + t²/ν before raising it to the power ν/2) and beyond 4e5 degrees of freedom it is a normal approximation
# (Abramowitz & Stegun 26.7.8), so the second command adds the exact values (mpmath, 60 digits), which the
# tests hold the runtime to; R's columns stay as the cross-check of the grid.
#
# Each row: t, degrees of freedom (Inf: the normal), P(T <= t) and P(T > t), each with 17 significant digits. The
# grid covers small and large degrees of freedom (camera's are G - 2, in the tens of thousands), t near 0, the body,
# and tails down to 1e-300 (the t at which each tail is 1e-20, 1e-100, 1e-200 and 1e-300).
dfs <- c(1, 2, 3, 4.5, 7, 10, 30, 50, 100, 1000, 1624, 5000, 14688, 19622, 1e5, 3e5, 1e6, 1e7, Inf)
body <- c(0, 1e-10, 1e-4, 0.01, 0.1, 0.3, 0.5, 0.75, 1, 1.3, 1.7, 2, 2.5, 3, 4, 5, 6, 8, 10, 15, 20, 30, 37)
rows <- list()
for (df in dfs) {
  tails <- -qt(c(1e-20, 1e-100, 1e-200, 1e-300), df)
  tails <- tails[is.finite(tails)]
  t <- sort(unique(c(body, tails)))
  t <- c(-rev(t[t > 0]), t)
  rows[[length(rows) + 1]] <- data.frame(t = t, df = df, lower = pt(t, df), upper = pt(t, df, lower.tail = FALSE))
}
grid <- do.call(rbind, rows)
grid <- grid[grid$lower > 0 & grid$upper > 0, ]
cat("t\tdf\tlower\tupper\n")
cat(sprintf("%.17g\t%.17g\t%.17g\t%.17g\n", grid$t, grid$df, grid$lower, grid$upper), sep = "")
