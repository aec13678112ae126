#!/usr/bin/env Rscript
# Column main effect (emmeans marginal column means, unweighted over rows) with Tukey, for the
# shared data sets and the hard cases. Usage (from this folder):
#   Rscript col_main.R /work/shared/data/stats   -> col_main.r.json
suppressPackageStartupMessages(library(emmeans))
source("json17.R")
emm_options(msg.interaction = FALSE)
args <- commandArgs(trailingOnly = TRUE)
files <- c(sort(list.files(args[1], pattern = "^ds.*\\.csv$", full.names = TRUE)),
           sort(list.files(".", pattern = "^dsh.*\\.csv$", full.names = TRUE)))
out <- list()
for (f in files) {
  d <- read.csv(f, stringsAsFactors = FALSE)
  d$row <- factor(d$row, levels = unique(d$row)); d$col <- factor(d$col, levels = unique(d$col))
  replicated <- any(table(d$row, d$col) > 1)
  fit <- lm(if (replicated) value ~ row * col else value ~ row + col, data = d)
  tc <- as.data.frame(summary(pairs(emmeans(fit, ~ col)), adjust = "tukey"))
  out[[sub("\\.csv$", "", basename(f))]] <- lapply(seq_len(nrow(tc)), function(i) list(
    contrast = as.character(tc$contrast[i]), diff = tc$estimate[i], se = tc$SE[i], t = tc$t.ratio[i],
    p_tukey = tc$p.value[i]))
}
writeLines(json17(list(software = R.version.string, col_main_effect = out)), "col_main.r.json")
cat("wrote col_main.r.json\n")
