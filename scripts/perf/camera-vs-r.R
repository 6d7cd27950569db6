# Usage: Rscript scripts/perf/camera-vs-r.R <release.gmt> <folder written by the benchmarks' camera mode> <parametric|ranks> [calls] [reference.tsv rows]
# limma's cameraPR over the same GMT and statistic as PfocrGen's `camera` benchmark mode, timed per call, and
# compared with PfocrGen's results.
#
#   dotnet run -c Release --project tests/PfocrGen.Benchmarks -- camera <release.gmt> <folder> <parametric|ranks>
#   Rscript scripts/perf/camera-vs-r.R <release.gmt> <folder> <parametric|ranks> [calls] [reference.tsv rows]
#
# The sets are those Figures.Camera tests with its default options: each GMT line's distinct gene ids that have a
# statistic, when there are 2 to 500 of them (and not every gene). limma orders by p-value alone (ties in the order
# of the sets); PfocrGen by p-value, then figure id: limma's table is put in that order (radix: ordinal, as C#) before
# the two are compared. [calls] (default 3) is how many timed calls are made; 0 makes none after the one compared.
# With [reference.tsv rows], the first rows of limma's table (and the count of tested figures) are written there,
# as tests/PfocrGen.Tests/Analysis/Reference/camera-*.tsv are.
suppressPackageStartupMessages(library(limma))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) stop("usage: Rscript scripts/perf/camera-vs-r.R <release.gmt> <folder> <parametric|ranks> [calls] [reference.tsv rows]")
gmt <- args[[1]]
folder <- args[[2]]
use_ranks <- args[[3]] == "ranks"
calls <- if (length(args) >= 4) as.integer(args[[4]]) else 3L

statistic_table <- read.delim(file.path(folder, "statistic.tsv"), header = FALSE, colClasses = c("character", "numeric"))
statistic <- setNames(statistic_table[[2]], statistic_table[[1]])
lines <- strsplit(readLines(gmt, encoding = "UTF-8"), "\t", fixed = TRUE)
names <- vapply(lines, `[[`, "", 1)
index <- lapply(lines, function(fields) which(names(statistic) %in% unique(fields[-(1:2)])))
sizes <- lengths(index)
tested <- sizes >= 2 & sizes <= 500 & sizes < length(statistic)
index <- setNames(index[tested], names[tested])

camera <- function() cameraPR(statistic, index, use.ranks = use_ranks)
theirs <- camera()
times <- numeric(0)
for (call in seq_len(calls)) {
  started <- proc.time()
  camera()
  times[[call]] <- (proc.time() - started)[["elapsed"]]
}
theirs <- theirs[order(theirs$PValue, rownames(theirs), method = "radix"), ]
if (calls > 0) {
  cat(sprintf("limma %s cameraPR (%s), G = %d, %d sets: per call median %.3f s, min %.3f s, max %.3f s over %d calls\n",
              packageVersion("limma"), args[[3]], length(statistic), length(index), median(times), min(times), max(times), calls))
}

if (length(args) >= 6) {
  rows <- min(as.integer(args[[6]]), nrow(theirs))
  writeLines(sprintf("# limma %s cameraPR(use.ranks = %s) on %s with the statistic of the camera tests: %d sets tested; the first %d rows",
                     packageVersion("limma"), use_ranks, basename(gmt), nrow(theirs), rows), args[[5]])
  suppressWarnings(write.table(data.frame(figure = rownames(theirs), set_size = theirs$NGenes, direction = theirs$Direction,
                         p = sprintf("%.17g", theirs$PValue), fdr = sprintf("%.17g", theirs$FDR))[seq_len(rows), ],
              args[[5]], sep = "\t", quote = FALSE, row.names = FALSE, append = TRUE))
}

ours <- read.delim(file.path(folder, sprintf("pfocrgen-camera-%s.tsv", args[[3]])), colClasses = c("character", "integer", "character", "numeric", "numeric"))
relative <- function(a, b) ifelse(a == b, 0, abs(a - b) / pmax(abs(a), abs(b)))
# p-values that agree to about 1e-15 can tie on one side and not on the other (two sets with other genes whose sums
# differ in the last bit: limma's pt may round both to one double, PfocrGen's t tail not). So the order is the same
# when, read in PfocrGen's order, limma's p-values never decrease by more than 1e-12 relative; the rows whose exact
# order differs (limma's table ordered by p-value, then figure id) are counted.
same_figures <- nrow(ours) == nrow(theirs) && setequal(ours$figure, rownames(theirs))
if (!same_figures) {
  cat(sprintf("PfocrGen has %d results, limma %d; the figures differ\n", nrow(ours), nrow(theirs)))
  quit(status = 1)
}
reordered <- sum(ours$figure != rownames(theirs))
their_p <- theirs[ours$figure, "PValue"]
inversions <- sum(their_p[-1] < their_p[-length(their_p)] * (1 - 1e-12))
if (inversions > 0) {
  cat(sprintf("%d places where limma's p-value, in PfocrGen's order, decreases by more than 1e-12 relative\n", inversions))
  quit(status = 1)
}
theirs <- theirs[ours$figure, ]
same <- all(ours$set_size == theirs$NGenes) && all(ours$direction == theirs$Direction)
worst_p <- max(relative(ours$p, theirs$PValue))
worst_q <- max(relative(ours$fdr, theirs$FDR))
cat(sprintf("%d figures: the same figures and order (%d rows in another order among p-values equal to 1e-12); set sizes and directions %s; largest relative difference p %.2g, FDR %.2g (smallest p %.3g)\n",
            nrow(ours), reordered, if (same) "the same" else "DIFFERENT", worst_p, worst_q, min(theirs$PValue)))
quit(status = if (same && worst_p < 1e-9 && worst_q < 1e-9) 0 else 1)
