package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.flow.PaperFlowDemo;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference study's flow figures (Fig. 1, 2, 3) from raw FCS files the generator wrote: every
 * gated number against what the generator says gating must give (exact counts), against the
 * populations it drew (the tails crossing a gate differ by little), and against the paper.
 */
class PaperFlowFiguresTest {

	@TempDir
	static Path dir;
	static Path markers, apoptosis;
	static PaperFlowDemo demo;

	@BeforeAll
	static void write() {
		demo = PaperFlowDemo.generate(1);
		Path[] sheets = PaperFlowFiles.write(new OutputDir(dir.resolve("flow")), demo);
		markers = sheets[0];
		apoptosis = sheets[1];
	}

	@Test
	void markerPercentagesAreThePapersFigures1And2() {
		MarkerFigure f = MarkerFigure.load(markers);
		assertEquals(5, f.markers.size());
		Csv.Table truth = Csv.read(dir.resolve("flow").resolve(PaperFlowFiles.MARKERS_TRUTH));
		for (CSVRecord r : truth.rows) {
			MarkerFigure.Marker m = f.marker(truth.get(r, "figure"), truth.get(r, "marker"));
			assertNotNull(m, r.toString());
			String what = "Fig " + m.figure + " " + m.marker;
			// blotfig's gate against the generator's own count on the same threshold
			assertEquals(truth.number(r, "threshold"), m.threshold, 0, what);
			assertEquals((long) truth.number(r, "expected_positive"), m.positive, what);
			assertEquals(10000, m.events, what);
			// the paper's value to its printed precision
			assertEquals(truth.number(r, "paper_percent_positive"), m.percent(), 1e-9, what);
			// the stained population the generator drew: gating differs only by the tails across the gate
			assertEquals(truth.number(r, "stained_population_percent"), m.percent(), 0.6, what);
		}
		assertEquals(94.6, f.marker("1", "CD105").percent(), 1e-9);
		assertEquals(95.2, f.marker("1", "CD73").percent(), 1e-9);
		assertEquals(0.16, f.marker("1", "CD56").percent(), 1e-9);
		assertEquals(0.12, f.marker("1", "CD34").percent(), 1e-9);
		assertEquals(91.6, f.marker("2", "CD34").percent(), 1e-9);
		assertEquals("FL2-H", f.marker("1", "CD105").channel);
		assertEquals("CD105-PE", f.marker("1", "CD105").stain);
	}

	@Test
	void oneFigureOfTheSheet() {
		MarkerFigure f = MarkerFigure.load(markers, "2");
		assertEquals(1, f.markers.size());
		assertEquals("CD34", f.markers.get(0).marker);
		assertEquals(91.6, f.markers.get(0).percent(), 1e-9);
	}

	@Test
	void aSheetWithoutFiguresAndWithADefaultPercentile() throws Exception {
		Path sheet = Files.writeString(dir.resolve("flow").resolve("one.csv"),
			"marker,channel,file,control\nCD34,FL1-H,kg1a_CD34.fcs,kg1a_unstained.fcs\n");
		MarkerFigure f = MarkerFigure.load(sheet);
		MarkerFigure.Marker m = f.marker("", "CD34");
		assertEquals(99, m.percentile, 0);
		// a lower gate (the control's 99th percentile) counts at least the 99.9th percentile's positives
		assertTrue(m.percent() >= 91.6 && m.percent() < 93, "CD34 at the 99th percentile: " + m.percent());
		assertEquals(org.blotfig.flow.Percentile.of(org.blotfig.flow.FcsReader.read(dir.resolve("flow")
			.resolve("kg1a_unstained.fcs")).first().values(2), 99), m.threshold, 0);
		assertEquals(java.util.Collections.singletonList(""), f.figures());
	}

	@Test
	void apoptosisQuadrantsAndStatisticsAreThePapersFigure3() {
		ApoptosisFigure f = ApoptosisFigure.load(apoptosis);
		assertEquals(6, f.samples.size());
		assertEquals(java.util.Arrays.asList("control", "co-culture"), f.groups);
		Csv.Table truth = Csv.read(dir.resolve("flow").resolve(PaperFlowFiles.APOPTOSIS_TRUTH));
		for (CSVRecord r : truth.rows) {
			ApoptosisFigure.Sample s = f.sample(truth.get(r, "sample"));
			int q = java.util.Arrays.asList(PaperFlowDemo.POPULATIONS).indexOf(truth.get(r, "population"));
			assertEquals((long) truth.number(r, "expected_count"), s.quadrants.counts[q], s.sample + " " + q);
			// the populations drawn: within 2.5 points of the gated %: the 99th-percentile gates let 1 % of the live cells spill on each axis
			assertEquals(truth.number(r, "population_events") / 50.0, s.percent(q), 2.5, s.sample + " " + q);
		}
		for (int g = 0; g < 2; g++) {
			String group = PaperFlowDemo.GROUPS[g];
			assertEquals(PaperFlowDemo.PAPER_EARLY[g], f.mean(ApoptosisFigure.EARLY, group), 1e-9, group);
			assertEquals(PaperFlowDemo.PAPER_LATE[g], f.mean(ApoptosisFigure.LATE, group), 1e-9, group);
			assertEquals(3, f.n(ApoptosisFigure.EARLY, group));
			// replicates spread by a few tenths, as real triplicates
			double sd = f.sd(ApoptosisFigure.EARLY, group);
			assertTrue(sd > 0.1 && sd < 0.5, group + " SD " + sd);
		}
		// the paper's Fig. 3D: both **** (two-way ANOVA + Sidak)
		assertEquals("****", f.stars(ApoptosisFigure.EARLY));
		assertEquals("****", f.stars(ApoptosisFigure.LATE));
		assertTrue(f.p(ApoptosisFigure.EARLY) < 1e-4 && f.p(ApoptosisFigure.LATE) < 1e-4);
		// thresholds are the unstained control's 99th percentile: the control's own quadrants hold ~1 % each side
		ApoptosisFigure.Sample s = f.samples.get(0);
		assertEquals(demo.annexinThreshold, s.quadrants.xThreshold, 0);
		assertEquals(demo.piThreshold, s.quadrants.yThreshold, 0);
	}

	@Test
	void writesTheFilesItLists() throws Exception {
		Path out = dir.resolve("out");
		MarkerFigure.load(markers).write(new OutputDir(out), "fig1");
		ApoptosisFigure.load(apoptosis).write(new OutputDir(out), "fig3");
		Set<String> want = new HashSet<>(MarkerFigure.files("fig1"));
		want.addAll(ApoptosisFigure.files("fig3"));
		Set<String> got = new HashSet<>();
		try (java.util.stream.Stream<Path> s = Files.list(out)) {
			s.forEach(p -> got.add(p.getFileName().toString()));
		}
		assertEquals(want, got);
		Csv.Table q = Csv.read(out.resolve("fig3_quadrants.csv"));
		assertEquals(7, q.rows.size());
		assertEquals("unstained", q.get(q.rows.get(0), "group"));
		assertEquals(98.0, q.number(q.rows.get(0), "live"), 0.5);
		Csv.Table c = Csv.read(out.resolve("fig3_comparisons.csv"));
		for (CSVRecord r : c.rows) assertEquals("****", c.get(r, "stars"));
		Csv.Table p = Csv.read(out.resolve("fig1_positive.csv"));
		assertEquals(94.6, p.number(p.rows.get(0), "percent_positive"), 1e-9);
		String svg = new String(Files.readAllBytes(out.resolve("fig3_dots.svg")), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(svg.contains("Annexin V-FITC") && svg.contains("PI") && svg.contains("23.48"), "dot plot labels");
		String hist = new String(Files.readAllBytes(out.resolve("fig1.svg")), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(hist.contains("94.60 %") && hist.contains("CD105-PE"), "histogram labels");
		// at their print size: a histogram a marker, dot plots of the unstained control and two groups (Fig. 3A-C)
		assertPrintSize(out, "fig1", MarkerFigure.size(p.rows.size()));
		assertPrintSize(out, "fig3_dots", ApoptosisFigure.dotsSize(3));
		assertPrintSize(out, "fig3_bars", TableFigure.size(2, 2));
	}

	/** PDF page in points and PNG in pixels (300 dpi) of the size in mm. */
	static void assertPrintSize(Path dir, String name, org.blotfig.figures.FigureSize size) throws Exception {
		com.itextpdf.text.pdf.PdfReader r = new com.itextpdf.text.pdf.PdfReader(Files.readAllBytes(dir.resolve(name +
			".pdf")));
		try {
			assertEquals(size.widthMm * 72 / 25.4, r.getPageSize(1).getWidth(), 0.01, name);
			assertEquals(size.heightMm * 72 / 25.4, r.getPageSize(1).getHeight(), 0.01, name);
		}
		finally {
			r.close();
		}
		java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve(name + ".png").toFile());
		assertEquals(size.widthMm * 300 / 25.4, png.getWidth(), 1, name);
		assertEquals(size.heightMm * 300 / 25.4, png.getHeight(), 1, name);
	}
}
