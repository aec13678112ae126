// Load FCS File: events as a table (first max_rows) and a density-coloured dot plot of two channels.
// Keys: fcs_file, dataset (1-based), x_channel / y_channel ($PnN, $PnS or channel number),
// scale (value|raw: table values), display (auto|logicle|arcsinh|log|linear: plot axes),
// max_rows, output_folder (empty = do not save; else all events -> events.csv).
fcs = File.openDialog("Choose an FCS file");
run("Load FCS File", "fcs_file=[" + fcs + "] dataset=1 x_channel=FSC-H y_channel=SSC-H scale=value display=auto max_rows=100000 output_folder=[]");
