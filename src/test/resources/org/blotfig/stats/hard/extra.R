#!/usr/bin/env Rscript
# Extra R oracles for blotfig's stats tests (cases the shared oracle files lack).
# Usage (from this folder): Rscript extra.R   -> extra.r.json
# Needs json17.R (copied from ../shared/data/stats) and R packages multcomp, jsonlite.
suppressPackageStartupMessages(library(multcomp))
source("json17.R")
set.seed(20261127)
out <- list(software = list(R = R.version.string, multcomp = as.character(packageVersion("multcomp"))))
# ---- one-way, 4 groups, unequal n ----
d <- read.csv("oneway_4groups_unequal.csv", stringsAsFactors = FALSE)
d$col <- factor(d$col, levels = unique(d$col))
fit <- lm(value ~ col, data = d); a <- anova(fit)
mse <- a["Residuals", "Mean Sq"]; dfe <- a["Residuals", "Df"]
th <- TukeyHSD(aov(value ~ col, data = d))$col
pairs_raw <- list(); lv <- levels(d$col); ps <- c()
for (i in 1:(length(lv) - 1)) for (j in (i + 1):length(lv)) {
  x <- d$value[d$col == lv[i]]; y <- d$value[d$col == lv[j]]
  se <- sqrt(mse * (1 / length(x) + 1 / length(y))); t <- (mean(x) - mean(y)) / se
  p <- 2 * pt(-abs(t), dfe); ps <- c(ps, p)
  pairs_raw[[length(pairs_raw) + 1]] <- list(group1 = lv[i], group2 = lv[j], diff = mean(x) - mean(y), se = se, t = t, p_raw = p)
}
K <- length(ps)
for (i in seq_along(pairs_raw)) {
  pairs_raw[[i]]$p_bonferroni <- min(1, K * ps[i])
  pairs_raw[[i]]$p_sidak <- -expm1(K * log1p(-ps[i]))
  # TukeyHSD rows are "j-i" (later minus earlier): same pair, opposite sign
  nm <- paste0(pairs_raw[[i]]$group2, "-", pairs_raw[[i]]$group1)
  pairs_raw[[i]]$p_tukey <- unname(th[nm, "p adj"])
  pairs_raw[[i]]$tukey_ci <- -unname(th[nm, c("upr", "lwr")])
}
holm_sidak <- function(p) { K <- length(p); o <- order(p); adj <- numeric(K); prev <- 0
  for (j in seq_len(K)) { v <- -expm1((K - j + 1) * log1p(-p[o[j]])); prev <- max(prev, v); adj[o[j]] <- min(1, prev) }; adj }
hs <- holm_sidak(ps); for (i in seq_along(pairs_raw)) pairs_raw[[i]]$p_holm_sidak <- hs[i]
g <- glht(aov(value ~ col, data = d), linfct = mcp(col = "Dunnett"))
ALG <- GenzBretz(maxpts = 2e7, abseps = 1e-6, releps = 0)
sg <- summary(g, test = adjusted("single-step", algorithm = ALG))
crit <- qmvt(0.95, tail = "both.tails", corr = cov2cor(vcov(g)), df = dfe, algorithm = ALG)$quantile
dun <- lapply(seq_along(sg$test$coefficients), function(i) list(contrast = names(sg$test$coefficients)[i],
  estimate = unname(sg$test$coefficients[i]), se = unname(sg$test$sigma[i]), t = unname(sg$test$tstat[i]),
  p_adj = unname(sg$test$pvalues[i]), p_error = attr(sg$test$pvalues, "error")))
w1 <- oneway.test(value ~ col, data = d, var.equal = FALSE)
out$oneway <- list(anova = list(ss = a$`Sum Sq`, df = a$Df, F = a$`F value`[1], p = a$`Pr(>F)`[1]),
  mse = mse, dfe = dfe, pairs = pairs_raw, dunnett = dun, dunnett_critical = crit,
  welch = list(F = unname(w1$statistic), df1 = unname(w1$parameter[1]), df2 = unname(w1$parameter[2]), p = w1$p.value))
# ---- two-sample tests on edge cases ----
cases <- list(
  small_no_ties = list(x = c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30), y = c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)),
  exact_extreme = list(x = c(5.1, 6.2, 7.3, 8.4), y = c(1.1, 2.2, 3.3)),
  with_ties = list(x = c(1, 2, 2, 3, 3, 3, 4), y = c(2, 3, 4, 4, 5, 5)),
  large_n = list(x = round(sin(1:55) * 10 + 50, 3), y = round(cos(1:60) * 10 + 53, 3)),
  n1_vs_3 = list(x = c(2.5), y = c(1.1, 1.4, 1.2)),
  all_equal = list(x = c(3, 3, 3), y = c(3, 3)))
tt <- list()
for (nm in names(cases)) {
  x <- cases[[nm]]$x; y <- cases[[nm]]$y
  st <- tryCatch({ r <- t.test(x, y, var.equal = TRUE); list(t = unname(r$statistic), df = unname(r$parameter), p = r$p.value) },
    error = function(e) list(error = conditionMessage(e)))
  we <- tryCatch({ r <- t.test(x, y); list(t = unname(r$statistic), df = unname(r$parameter), p = r$p.value) },
    error = function(e) list(error = conditionMessage(e)))
  mw <- suppressWarnings(wilcox.test(x, y))
  tt[[length(tt) + 1]] <- list(name = nm, x = I(x), y = I(y), student = st, welch = we,
    mann_whitney = list(W = unname(mw$statistic), p = mw$p.value, method = mw$method))
}
out$two_sample <- tt
writeLines(json17(out), "extra.r.json")
cat("wrote extra.r.json\n")
