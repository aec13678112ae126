// Flow Table Figure: a FlowJo statistics export (one row per sample, columns such as
// "Cells/Q2: FL1-H+ , FL2-H+ | Freq. of Parent (%)") plus a sample sheet (sample,group), or a long
// table sample,group,population,percent, as the study's figure: % per population and group,
// two-way ANOVA + Sidak within each population (stars on the bars).
// Keys: table_file, sample_sheet, annexin_channel and pi_channel (name the four Annexin V / PI
// quadrants; empty = every percentage gate), reference_group (empty = first), y_label, output_folder.
table = File.openDialog("FlowJo table (CSV)");
sheet = File.openDialog("Sample sheet: sample,group");
out = getDirectory("Choose the output folder");
run("Flow Table Figure", "table_file=[" + table + "] sample_sheet=[" + sheet + "] annexin_channel=FL1-H pi_channel=FL2-H reference_group=[] y_label=[Cells (%)] output_folder=[" + out + "]");
print("figure: " + out + "figure.svg (.png, .pdf)");
