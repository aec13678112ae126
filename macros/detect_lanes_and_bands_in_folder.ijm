// Detect Lanes and Bands in Folder: every blot image of a folder, one result subfolder each
// (lanes.csv, bands.csv, overlay.png, params.json) and summary.csv listing them all. An image
// that cannot be analysed is listed in summary.csv and the log; the others go on.
// Keys: input_folder, file_filter (';'-separated patterns), output_folder, lanes (0 = automatic),
// background (valley|rolling-ball|border|rolling-ball-2d|none), polarity (auto|light-bands|dark-bands),
// radius (rolling-ball radius, px). Headless:
//   fiji-linux-x64 --headless --run "Detect Lanes and Bands in Folder" "input_folder='/data/scans',output_folder='/data/results'"
input = getDirectory("Choose the folder of blot scans");
output = getDirectory("Choose the output folder");
run("Detect Lanes and Bands in Folder", "input_folder=[" + input + "] file_filter=[*.tif;*.tiff;*.png] output_folder=[" + output + "] lanes=0 background=valley polarity=auto radius=50");
print("summary: " + output + "summary.csv");
