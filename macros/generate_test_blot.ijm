// Generate Test Blot: a synthetic Western blot with known band volumes.
// Writes synthetic_blot.tif and synthetic_blot.truth.json (ground truth) into the chosen folder.
// Keys: preset (clean|typical|hard), seed, lanes, bit_depth (preset|8|16),
// polarity (preset|light-bands|dark-bands), geometry (preset|custom: then tilt in degrees and
// smile in px are used), noise (x preset), saturate_lane (0 = none),
// output_folder (empty = do not save), name.
dir = getDirectory("temp") + "blotfig_synth" + File.separator;
File.makeDirectory(dir);
run("Generate Test Blot", "preset=typical seed=1 lanes=8 bit_depth=16 polarity=light-bands geometry=custom tilt=2 smile=6 noise=1 saturate_lane=0 output_folder=[" + dir + "] name=synthetic_blot");
print("saved " + dir + "synthetic_blot.tif and its truth.json");
