// Two-Way ANOVA (Prism's method: Type III sums of squares) with within-row post-hoc comparisons.
// Input: a long CSV with columns row,col[,rep],value (row = e.g. protein, col = group; the first
// col level is the control), or leave data empty to use the active Results table (row, col, value).
// posthoc: sidak, tukey, dunnett, bonferroni, holm-sidak or none;
// test: pooled (t from the ANOVA residual mean square, as Prism), student, welch or mann-whitney.
// Writes anova.csv, comparisons.csv, cells.csv and the bar chart figure.svg/.png/.pdf (mean +- SD, every
// value a dot, each row's stars; y axis labelled y_label) when output_folder is given.
data = File.openDialog("Long CSV (row,col,rep,value)");
out = getDirectory("temp") + "blotfig_two_way_anova" + File.separator;
File.makeDirectory(out);
run("Two-Way ANOVA", "data=[" + data + "] posthoc=sidak test=pooled y_label=[Fold change] output_folder=[" + out + "]");
print("results in " + out);
