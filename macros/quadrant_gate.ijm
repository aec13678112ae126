// Quadrant Gate: Annexin V (x) / PI (y) quadrants -> live, early apoptotic, late apoptotic, necrotic.
// Thresholds in scaled units (after $PnE/$PnG decoding); an event on a threshold counts as positive.
// Either x_threshold and y_threshold, or control_file (unstained) with percentile (default 99, R type 7).
// Optional: add the word compensate to compensate with the file's spillover matrix; FSC/SSC debris gate
// debris_fsc, debris_ssc, debris_rectangle=[xmin,xmax,ymin,ymax] (empty = no gate).
// Writes quadrants.csv (quadrant,label,count,percent,...) when output_folder is given.
// Uses the bundled synthetic demo (test-images/flow, true populations in apoptosis_truth.csv).
root = getDirectory("plugins") + ".." + File.separator;   // adjust to where blotfig's test-images are
sample = root + "test-images/flow/apoptosis_stained.fcs";
control = root + "test-images/flow/apoptosis_unstained.fcs";
out = getDirectory("temp") + "blotfig_quadrants" + File.separator;
File.makeDirectory(out);
run("Quadrant Gate", "fcs_file=[" + sample + "] x_channel=FL1-H y_channel=FL2-H x_threshold=[] y_threshold=[] control_file=[" + control + "] percentile=99 dataset=1 debris_fsc=FSC-H debris_ssc=SSC-H debris_rectangle=[20000,100000,5000,50000] output_folder=[" + out + "]");
print("results in " + out);
