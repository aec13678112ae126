// Quantify Blot Set: the images of a blot set + a sample sheet -> ResultsTable "Normalized"
// (sample, group, replicate, membrane, target, target_volume, control_volume, ratio,
// fold_change, mw_kda, flags, fold_change_se). Uses the bundled example set (two membranes, see
// test-images/README.md "Blot sets"). Keys: blot_set, sample_sheet (empty = the one the set
// names), reference_group (empty = first group), mw_fit (log-linear|cubic), mw_tolerance,
// lanes (0 = automatic), background (valley (default)|border|rolling-ball|none),
// polarity (auto|light-bands|dark-bands), output_folder (empty = do not save).
root = getDirectory("plugins") + ".." + File.separator;   // adjust to where blotfig's test-images are
set = root + "test-images/blotset/set.csv";
out = getDirectory("temp") + "blotfig_blotset" + File.separator;
File.makeDirectory(out);
run("Quantify Blot Set", "blot_set=[" + set + "] sample_sheet=[] reference_group=control mw_fit=log-linear mw_tolerance=0.15 lanes=0 background=valley polarity=auto output_folder=[" + out + "]");
print("normalized.csv, qc.csv, ladder.csv, dilution.csv in " + out);
