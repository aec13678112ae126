// Detect Lanes and Bands: finds lanes and bands on the active blot image and quantifies them.
// Draw a rectangle first to analyse one panel only (results stay in full-image coordinates).
// Keys: lanes (0 = automatic), background (valley|rolling-ball|border|rolling-ball-2d|none),
// polarity (auto|light-bands|dark-bands, as displayed), radius (rolling-ball radius, px),
// output_folder (empty = no files; else lanes.csv, bands.csv, overlay.png, params.json).
// Lanes and band boxes are left on the overlay: edit them, then run measure_lanes_from_rois.ijm.
dir = getDirectory("temp") + "blotfig_bands" + File.separator;
File.makeDirectory(dir);
run("Detect Lanes and Bands", "lanes=0 background=valley polarity=auto radius=50 output_folder=[" + dir + "]");
print("results in " + dir + "bands.csv");
