#!/usr/bin/env Rscript
# Within-row Tukey and Dunnett (per-row families, as emmeans(fit, ~ col | row)) for a 2 x 3 design
# with a one-value cell. Usage (from this folder): Rscript within_row.R -> within_row.r.json
suppressPackageStartupMessages({ library(emmeans); library(multcomp) })
source("json17.R")
set.seed(20261127)
emm_options(msg.interaction = FALSE)
d <- read.csv("dsh2_single_value_cell_2x3.csv", stringsAsFactors = FALSE)
d$row <- factor(d$row, levels = unique(d$row)); d$col <- factor(d$col, levels = unique(d$col))
fit <- lm(value ~ row * col, data = d)
em <- emmeans(fit, ~ col | row)
tk <- as.data.frame(summary(pairs(em), adjust = "tukey", infer = c(TRUE, TRUE)))
ALG <- GenzBretz(maxpts = 2e7, abseps = 1e-6, releps = 0)
dun <- list()
for (r in levels(d$row)) {
  g <- as.glht(contrast(emmeans(fit, ~ col, at = list(row = r)), "trt.vs.ctrl"))
  s <- summary(g, test = adjusted("single-step", algorithm = ALG))
  for (i in seq_along(s$test$coefficients)) dun[[length(dun) + 1]] <- list(row = r,
    contrast = names(s$test$coefficients)[i], estimate = unname(s$test$coefficients[i]),
    se = unname(s$test$sigma[i]), t = unname(s$test$tstat[i]), p_adj = unname(s$test$pvalues[i]),
    p_error = attr(s$test$pvalues, "error"))
}
writeLines(json17(list(software = R.version.string,
  tukey = lapply(seq_len(nrow(tk)), function(i) list(row = as.character(tk$row[i]), contrast = as.character(tk$contrast[i]),
    estimate = tk$estimate[i], se = tk$SE[i], t = tk$t.ratio[i], p_tukey = tk$p.value[i])),
  dunnett = dun)), "within_row.r.json")
cat("wrote within_row.r.json\n")
