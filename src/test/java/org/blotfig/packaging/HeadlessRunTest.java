package org.blotfig.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.console.ConsoleService;
import org.scijava.startup.StartupService;

/**
 * The route a headless Fiji batch run takes: {@code fiji --headless --run "<label>" "key='v',..."}
 * goes through scijava-common's ConsoleService, with the menu label and the exact field names.
 */
class HeadlessRunTest {

	@TempDir
	Path out;

	@Test
	void generateTestBlotRunsByLabelThroughTheConsole() throws Exception {
		try (Context context = new Context()) {
			context.service(ConsoleService.class).processArgs("--headless", "--run", "Generate Test Blot",
				"preset='clean',seed=3,lanes=6,output_folder='" + out + "',name='headless_blot'");
			// Fiji runs the queued --run operations once start-up is complete
			context.service(StartupService.class).executeOperations();
		}
		Path tif = out.resolve("headless_blot.tif");
		assertTrue(Files.size(tif) > 10_000, "no image written by the headless run");
		assertTrue(new String(Files.readAllBytes(out.resolve("headless_blot.truth.json")), "UTF-8")
			.contains("\"seed\": 3"), "truth.json does not record the seed given on the command line");
	}

	/** The batch route: a folder of scans in, result subfolders and summary.csv out, by label. */
	@Test
	void folderBatchRunsByLabelThroughTheConsole() throws Exception {
		Path scans = Files.createDirectories(out.resolve("scans"));
		for (int seed = 1; seed <= 2; seed++)
			org.blotfig.ij.BlotTiff.write(scans.resolve("blot" + seed + ".tif"), org.blotfig.ij.BlotTiff.toImagePlus("blot",
				org.blotfig.synth.BlotGenerator.generate(org.blotfig.synth.Preset.CLEAN.spec().seed(seed))));
		Path results = out.resolve("results");
		try (Context context = new Context()) {
			context.service(ConsoleService.class).processArgs("--headless", "--run", "Detect Lanes and Bands in Folder",
				"input_folder='" + scans + "',output_folder='" + results + "'");
			context.service(StartupService.class).executeOperations();
		}
		String summary = new String(Files.readAllBytes(results.resolve("summary.csv")), "UTF-8");
		assertTrue(summary.contains("blot1.tif,ok,8,") && summary.contains("blot2.tif,ok,8,"), summary);
		assertTrue(Files.exists(results.resolve("blot2_tif").resolve("bands.csv")));
	}

	/** The whole reference study in one headless batch call, as a core facility would run it. */
	@Test
	void studyRunsByLabelThroughTheConsole() throws Exception {
		Path sheet = java.nio.file.Paths.get("test-images", "study", "study.csv").toAbsolutePath();
		Path results = out.resolve("study");
		try (Context context = new Context()) {
			context.service(ConsoleService.class).processArgs("--headless", "--run", "Run Study",
				"study_sheet='" + sheet + "',output_folder='" + results + "'");
			context.service(StartupService.class).executeOperations();
		}
		String report = new String(Files.readAllBytes(results.resolve("report.md")), "UTF-8");
		for (int fig = 1; fig <= 5; fig++) assertTrue(report.contains("## Fig. " + fig + ": "), "Fig. " + fig);
		assertTrue(!report.contains("stars differ"), "the expected values beside the sheet were used and met");
		assertTrue(report.contains("| 6.63 **** |"), "IL-2's published fold change beside the measured one");
	}

	@Test
	void anOptionalOutputFolderLeftOutDoesNotCancelTheCommand() throws Exception {
		try (Context context = new Context()) {
			org.scijava.module.Module m = context.service(org.scijava.command.CommandService.class)
				.run(org.blotfig.commands.GenerateTestBlot.class, true, "preset", "clean", "seed", 3L, "lanes", 6)
				.get();
			org.scijava.Cancelable c = (org.scijava.Cancelable) m;
			assertTrue(!c.isCanceled(), "command canceled: " + c.getCancelReason());
			assertTrue(m.getOutput("image") != null, "no image produced");
		}
	}
}
