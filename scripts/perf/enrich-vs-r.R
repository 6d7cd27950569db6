# Usage: Rscript scripts/perf/enrich-vs-r.R <release.gmt> <folder written by the benchmarks' enrich mode>
# Over-representation analysis in R over the same GMT, universe and queries as PfocrGen's `enrich` benchmark mode,
# timed per query, and compared with PfocrGen's results.
#
#   dotnet run -c Release --project tests/PfocrGen.Benchmarks -- enrich <release.gmt> <folder>
#   Rscript scripts/perf/enrich-vs-r.R <release.gmt> <folder>
#
# R's side is what clusterProfiler's enricher computes, written vectorised in base R: the sets are intersected with
# the universe once; per query, the overlaps of every set come from one %in% over all memberships and a tabulate,
# p = phyper(k - 1, K, N - K, n, lower.tail = FALSE), q = p.adjust(p, "BH") over every tested set (K within the
# size bounds, 2..500 as PfocrGen's defaults), results with k >= 1 ordered by p then figure name.
# Per query it sets PfocrGen's times (pfocrgen-timings.tsv: median wall, mean processor) beside R's (median wall of
# 7 calls, mean processor): it prints the three queries with the most results and the worst ratios of all, and
# writes every query's to per-query.tsv.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript scripts/perf/enrich-vs-r.R <release.gmt> <folder>")
gmt <- args[[1]]
folder <- args[[2]]
min_size <- 2
max_size <- 500

prepare_started <- Sys.time()
lines <- strsplit(readLines(gmt, encoding = "UTF-8"), "\t", fixed = TRUE)
names <- vapply(lines, `[[`, "", 1)
universe <- unique(as.integer(readLines(file.path(folder, "universe.txt"))))
sets <- lapply(lines, function(fields) {
  ids <- unique(as.integer(fields[-(1:2)]))
  ids[ids %in% universe]
})
set_sizes <- lengths(sets)
tested <- set_sizes >= min_size & set_sizes <= max_size
sets <- sets[tested]
names <- names[tested]
set_sizes <- set_sizes[tested]
membership_set <- rep.int(seq_along(sets), set_sizes)
membership_gene <- unlist(sets, use.names = FALSE)
prepare_seconds <- as.numeric(difftime(Sys.time(), prepare_started, units = "secs"))

enrich <- function(query) {
  query <- unique(query[query %in% universe])
  k <- tabulate(membership_set[membership_gene %in% query], nbins = length(sets))
  p <- phyper(k - 1, set_sizes, length(universe) - set_sizes, length(query), lower.tail = FALSE)
  q <- p.adjust(p, method = "BH")
  hit <- which(k > 0)
  hit <- hit[order(p[hit], names[hit], method = "radix")]
  data.frame(figure = names[hit], overlap = k[hit], set_size = set_sizes[hit], p = p[hit], q = q[hit])
}

queries <- lapply(strsplit(readLines(file.path(folder, "queries.tsv")), "\t", fixed = TRUE), as.integer)
times <- numeric(length(queries))
cpu_times <- numeric(length(queries))
cpu_before <- proc.time()
results <- vector("list", length(queries))
for (i in seq_along(queries)) {
  runs <- numeric(7)
  query_cpu <- proc.time()
  for (run in 1:7) {
    started <- Sys.time()
    results[[i]] <- enrich(queries[[i]])
    runs[[run]] <- as.numeric(difftime(Sys.time(), started, units = "secs"))
  }
  times[[i]] <- median(runs)
  query_cpu <- proc.time() - query_cpu
  cpu_times[[i]] <- (query_cpu[["user.self"]] + query_cpu[["sys.self"]]) / 7
}

cpu <- proc.time() - cpu_before
cat(sprintf("R %s: prepared %d sets in %.2f s; per query median %.3f ms, min %.3f ms, max %.3f ms; processor time per query (mean) %.3f ms\n",
            getRversion(), length(sets), prepare_seconds, 1000 * median(times), 1000 * min(times), 1000 * max(times),
            1000 * (cpu[["user.self"]] + cpu[["sys.self"]]) / (7 * length(queries))))

ours <- read.delim(file.path(folder, "pfocrgen-results.tsv"), colClasses = c("integer", "character", "integer", "integer", "numeric", "numeric"))
relative <- function(a, b) ifelse(a == b, 0, abs(a - b) / pmax(abs(a), abs(b)))
worst_p <- 0
worst_q <- 0
mismatches <- 0
for (i in seq_along(queries)) {
  theirs <- results[[i]]
  mine <- ours[ours$query == i, ]
  same <- nrow(mine) == nrow(theirs) && all(mine$figure == theirs$figure) &&
    all(mine$overlap == theirs$overlap) && all(mine$set_size == theirs$set_size)
  if (!same) {
    mismatches <- mismatches + 1
    cat(sprintf("query %d: PfocrGen has %d results, R %d; first difference at row %d\n", i, nrow(mine), nrow(theirs),
                which(c(mine$figure, "") != c(theirs$figure, ""))[1]))
    next
  }
  worst_p <- max(worst_p, relative(mine$p, theirs$p))
  worst_q <- max(worst_q, relative(mine$q, theirs$q))
}
cat(sprintf("%d queries: %d with other figures, overlaps, set sizes or order; largest relative difference p %.2g, q %.2g\n",
            length(queries), mismatches, worst_p, worst_q))

# Per query: PfocrGen's medians (the call, and the call with every result read) over R's, for the three queries
# with the most results and the worst ratio of all.
timings <- read.delim(file.path(folder, "pfocrgen-timings.tsv"))
timings$r_ms <- 1000 * times[timings$query]
timings$ratio <- timings$ms / timings$r_ms
timings$ratio_read <- timings$ms_read / timings$r_ms
timings$r_cpu_ms <- 1000 * cpu_times[timings$query]
timings$cpu_ratio <- timings$cpu_ms / timings$r_cpu_ms
timings$cpu_ratio_read <- timings$cpu_ms_read / timings$r_cpu_ms
write.table(timings, file.path(folder, "per-query.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
for (i in head(order(-timings$results), 3)) {
  with(timings[i, ], cat(sprintf(paste0("query %d, %d results: PfocrGen %.3f ms (every result read %.3f ms), R %.3f ms: %.3f× R (%.3f× R); ",
                                        "processor time %.3f (%.3f) / %.3f ms: %.3f× R (%.3f× R)\n"),
                                 query, results, ms, ms_read, r_ms, ratio, ratio_read, cpu_ms, cpu_ms_read, r_cpu_ms, cpu_ratio, cpu_ratio_read)))
}
cat(sprintf("worst of the %d queries: %.3f× R (every result read: %.3f× R); processor time %.3f× R (%.3f× R)\n", nrow(timings),
            max(timings$ratio), max(timings$ratio_read), max(timings$cpu_ratio), max(timings$cpu_ratio_read)))
quit(status = if (mismatches == 0 && worst_p < 1e-9 && worst_q < 1e-9) 0 else 1)
