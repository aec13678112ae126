// Run Study: a study sheet (one row per figure: figure,assay,input[,layout,y_label]) -> the whole
// figure set: a folder per figure (figures as SVG, PDF, PNG with their statistics tables),
// report.html / report.md / numbers.csv with every number, and the ResultsTable "Study".
// Uses the bundled reference study (test-images/study: Fig. 1-3 flow, Fig. 4 Western blots, Fig. 5 ELISA).
// Keys: study_sheet, output_folder, expected_values (empty = expected.csv beside the sheet).
root = getDirectory("plugins") + ".." + File.separator;   // adjust to where blotfig's test-images are
sheet = root + "test-images/study/study.csv";
out = getDirectory("temp") + "blotfig_study" + File.separator;
File.makeDirectory(out);
run("Run Study", "study_sheet=[" + sheet + "] output_folder=[" + out + "] expected_values=[]");
print("report.html in " + out);
