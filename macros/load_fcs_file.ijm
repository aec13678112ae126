// Load FCS File: events as a table (first max_rows) and a density-coloured dot plot of two channels.
// Keys: fcs_file, dataset (1-based), x_channel / y_channel ($PnN, $PnS or channel number),
// scale (value|raw: table values), display (auto|logicle|arcsinh|log|linear: plot axes),
// max_rows, output_folder (empty = do not save; else all events -> events.csv).
// Uses the bundled synthetic demo (test-images/flow).
root = getDirectory("plugins") + ".." + File.separator;   // adjust to where blotfig's test-images are
fcs = root + "test-images/flow/apoptosis_stained.fcs";
run("Load FCS File", "fcs_file=[" + fcs + "] dataset=1 x_channel=FL1-H y_channel=FL2-H scale=value display=logicle max_rows=100000 output_folder=[]");
