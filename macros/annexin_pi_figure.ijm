// Annexin V PI Figure: quadrants of every FCS file (thresholds = its unstained control's 99th
// percentile on both channels), density dot plots (unstained + one replicate per group) and the
// bar chart of early / late apoptosis per group with two-way ANOVA + Sidak (the study's Fig. 3).
// The sheet: sample,group,replicate,file,control,annexin,pi[,percentile], paths relative to the
// sheet (example: test-images/study/flow/apoptosis.csv). Keys: sheet_file, file_name, output_folder.
sheet = File.openDialog("Annexin V / PI sheet (CSV)");
out = getDirectory("Choose the output folder");
run("Annexin V PI Figure", "sheet_file=[" + sheet + "] file_name=apoptosis output_folder=[" + out + "]");
print("figures: " + out + "apoptosis_dots.svg, apoptosis_bars.svg (.png, .pdf); numbers: apoptosis_quadrants.csv");
