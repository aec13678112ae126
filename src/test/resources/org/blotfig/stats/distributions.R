#!/usr/bin/env Rscript
# Reference t/F tails and t quantiles for DistributionsTest (R 4.x; far tails included).
# Usage (from this folder): Rscript distributions.R /work/shared/data/stats/json17.R
args <- commandArgs(trailingOnly = TRUE); source(args[1])
t <- list(); for (df in c(1, 2, 3, 4.5, 8, 32, 120, 1000, 1e5)) for (x in c(0, 0.1, 1, 2.5, 7.0710678118654755, 15, 40))
  t[[length(t) + 1]] <- list(t = x, df = df, two_sided = 2 * pt(-abs(x), df), upper = pt(x, df, lower.tail = FALSE))
f <- list(); for (d1 in c(1, 2, 7, 15)) for (d2 in c(1, 4, 32, 1000)) for (x in c(0.01, 0.5, 1, 5.83, 91.1, 1e3))
  f[[length(f) + 1]] <- list(f = x, d1 = d1, d2 = d2, upper = pf(x, d1, d2, lower.tail = FALSE))
q <- list(); for (df in c(1, 2, 4, 11.925, 32, 1000)) for (a in c(0.4, 0.025, 0.05 / 16, 1e-6))
  q[[length(q) + 1]] <- list(alpha = a, df = df, t = qt(a, df, lower.tail = FALSE))
writeLines(json17(list(software = R.version.string, t = t, f = f, qt = q)), "distributions.r.json")
