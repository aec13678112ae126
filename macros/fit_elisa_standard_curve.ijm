// Fit ELISA Standard Curve: plate read + plate map -> standard curve and sample concentrations.
// Uses the bundled example plate (IL-2, IL-4, IL-15; 450 nm with a 570 nm reference read).
// Keys: plate, layout (plate map), or standards (+ samples) tables instead of a plate;
// model (4PL|5PL|linear|log-log), weighting (none|1/Y^2|1/Ycurve^2), wavelength, reference,
// analyte (empty = all), output_folder (empty = do not save), y_label (the group figure's y axis).
// Writes per analyte: curve.csv, standards.csv, samples.csv, replicates.csv, fit_points.csv, curve.svg/.png/.pdf;
// when the plate map gives samples groups, also figure.svg/.png/.pdf with anova.csv and comparisons.csv.
root = getDirectory("plugins") + ".." + File.separator;   // adjust to where blotfig's test-images are
plate = root + "test-images/elisa/plate_96_450_570.csv";
map = root + "test-images/elisa/plate_map_96.csv";
out = getDirectory("temp") + "blotfig_elisa" + File.separator;
File.makeDirectory(out);
run("Fit ELISA Standard Curve", "plate=[" + plate + "] layout=[" + map + "] model=4PL weighting=1/Ycurve^2 wavelength=450 reference=570 analyte=[] output_folder=[" + out + "] y_label=[pg/mL]");
print("results in " + out);
