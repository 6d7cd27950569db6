# Usage: Rscript scripts/dev/camera-small-cases.R   (writes the small-case references of CameraTests)
# limma's cameraPR on the small made-up case of the camera tests (a set of one gene, tied values, genes in no figure,
# unmeasured genes, overlapping sets), every set of at least one measured gene tested, both tests: writes the
# reference tables that tests/PfocrGen.Tests/Analysis/CameraTests.cs compares Figures.Camera with.
#
#   Rscript scripts/dev/camera-small-cases.R
suppressPackageStartupMessages(library(limma))
folder <- "tests/PfocrGen.Tests/Analysis/Reference"
table <- read.delim(file.path(folder, "camera-small-statistic.tsv"), header = FALSE, colClasses = c("character", "numeric"))
statistic <- setNames(table[[2]], table[[1]])
lines <- strsplit(readLines(file.path(folder, "camera-small.gmt")), "\t", fixed = TRUE)
index <- setNames(lapply(lines, function(fields) which(names(statistic) %in% fields[-(1:2)])), vapply(lines, `[[`, "", 1))
index <- index[lengths(index) >= 1]
for (mode in c("parametric", "ranks")) {
  for (correlation in c(0.01, 0, 0.3)) {
    result <- cameraPR(statistic, index, use.ranks = mode == "ranks", inter.gene.cor = correlation)
    result <- result[order(result$PValue, rownames(result), method = "radix"), ]
    write.table(data.frame(mode = mode, correlation = correlation, figure = rownames(result), set_size = result$NGenes,
                           direction = result$Direction, p = sprintf("%.17g", result$PValue), fdr = sprintf("%.17g", result$FDR)),
                file.path(folder, "camera-small.tsv"), sep = "\t", quote = FALSE, row.names = FALSE,
                append = mode != "parametric" || correlation != 0.01, col.names = mode == "parametric" && correlation == 0.01)
  }
}
