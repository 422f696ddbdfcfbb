# Times metafor's rma(yi, vi, method = "REML") on random datasets, for bench/meta-vs-metafor.mjs.
# Usage: Rscript bench/meta-vs-metafor.R FITS K SEED [METHOD]
# Data as in packages/cli/src/bench/datasets.ts (same recipe, R's own generator, so not the same numbers):
#   vi ~ Uniform(0.01, 0.5), yi ~ Normal(0.3, variance 0.1 + vi).
# Datasets are generated before the clock starts; a fit that does not converge is counted as a fit and a failure.
# Prints one JSON object: {fits, k, method, seed, seconds, fits_per_second, failures, generate_seconds,
# mean_estimate, mean_tau2, metafor, R}.

args <- commandArgs(trailingOnly = TRUE)
fits <- as.integer(args[1])
k <- as.integer(args[2])
seed <- as.integer(args[3])
method <- if (length(args) >= 4) args[4] else "REML"
suppressPackageStartupMessages(library(metafor))

set.seed(seed)
t0 <- proc.time()[["elapsed"]]
datasets <- lapply(seq_len(fits), function(j) {
  vi <- runif(k, 0.01, 0.5)
  list(yi = rnorm(k, mean = 0.3, sd = sqrt(0.1 + vi)), vi = vi)
})
generate_seconds <- proc.time()[["elapsed"]] - t0

failures <- 0L
sum_estimate <- 0
sum_tau2 <- 0
t0 <- proc.time()[["elapsed"]]
for (d in datasets) {
  res <- tryCatch(rma(d$yi, d$vi, method = method), error = function(e) NULL)
  if (is.null(res)) {
    failures <- failures + 1L
  } else {
    sum_estimate <- sum_estimate + res$b[1]
    sum_tau2 <- sum_tau2 + res$tau2
  }
}
seconds <- proc.time()[["elapsed"]] - t0

converged <- fits - failures
cat(sprintf(
  paste0('{"fits": %d, "k": %d, "method": "%s", "seed": %d, "seconds": %.3f, "fits_per_second": %.2f, ',
         '"failures": %d, "generate_seconds": %.3f, "mean_estimate": %.6f, "mean_tau2": %.6f, ',
         '"metafor": "%s", "R": "%s"}\n'),
  fits, k, method, seed, seconds, fits / seconds, failures, generate_seconds,
  sum_estimate / converged, sum_tau2 / converged,
  as.character(packageVersion("metafor")), paste(R.version$major, R.version$minor, sep = ".")
))
