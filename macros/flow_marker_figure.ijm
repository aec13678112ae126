// Flow Marker Figure: % positive of each stained FCS file against its control's percentile on the
// marker's channel, and overlaid control / stained histograms with the gate (the study's Fig. 1-2).
// The sheet: figure,marker,channel,file,control[,percentile], paths relative to the sheet
// (example: test-images/study/flow/markers.csv). Keys: sheet_file, figure (empty = every row),
// file_name (stem of the outputs), output_folder.
sheet = File.openDialog("Marker sheet (CSV)");
out = getDirectory("Choose the output folder");
run("Flow Marker Figure", "sheet_file=[" + sheet + "] figure=[] file_name=markers output_folder=[" + out + "]");
print("figure: " + out + "markers.svg (.png, .pdf), numbers: markers_positive.csv");
