// Quadrant Gate: Annexin V (x) / PI (y) quadrants -> live, early apoptotic, late apoptotic, necrotic.
// Thresholds in scaled units (after $PnE/$PnG decoding); an event on a threshold counts as positive.
// Either x_threshold and y_threshold, or control_file (unstained) with percentile (default 99, R type 7).
// Optional: add the word compensate to compensate with the file's spillover matrix; debris gate debris_fsc, debris_ssc, debris_rectangle=[xmin,xmax,ymin,ymax].
// Writes quadrants.csv (quadrant,label,count,percent,...) when output_folder is given.
sample = File.openDialog("Choose the stained sample");
control = File.openDialog("Choose the unstained control");
out = getDirectory("temp") + "blotfig_quadrants" + File.separator;
File.makeDirectory(out);
run("Quadrant Gate", "fcs_file=[" + sample + "] x_channel=FL1-H y_channel=FL2-H x_threshold=[] y_threshold=[] control_file=[" + control + "] percentile=99 dataset=1 debris_fsc=FSC-H debris_ssc=SSC-H debris_rectangle=[50,1023,0,1023] output_folder=[" + out + "]");
print("results in " + out);
