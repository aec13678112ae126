// Measure Lanes from ROIs: re-quantifies the active blot with lanes you drew or corrected.
// Lanes come from the ROI Manager when it holds ROIs, otherwise from the overlay that
// Detect Lanes and Bands left on the image (ROIs named "Lane n ...").
// Keys: background (valley|rolling-ball|border|rolling-ball-2d|none), polarity
// (auto|light-bands|dark-bands), radius (px), output_folder (empty = no files).
dir = getDirectory("temp") + "blotfig_bands_edited" + File.separator;
File.makeDirectory(dir);
run("Measure Lanes from ROIs", "background=valley polarity=auto radius=50 output_folder=[" + dir + "]");
print("results in " + dir + "bands.csv");
