package org.blotfig.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.Band;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LanePath;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;

import ij.gui.Line;
import ij.gui.PolygonRoi;
import ij.gui.Roi;

/** Lanes drawn by hand: wide lines down a lane's middle, as well as areas. */
class GelRoisTest {

	@Test
	void aWideLineGivesTheLaneCentreAtEveryRowAndItsWidth() {
		PolygonRoi line = new PolygonRoi(new float[] { 50.5f, 60.5f }, new float[] { 0f, 100f }, Roi.POLYLINE);
		line.setStrokeWidth(20);
		LanePath p = GelRois.toLane(line, 200, 100, 0, 0);
		assertEquals(50.05, p.centreAt(0), 1e-9);
		assertEquals(55.05, p.centreAt(50), 1e-9);
		assertEquals(59.95, p.centreAt(99), 1e-9);
		assertEquals(9.5, p.halfWidth(), 1e-9);
		// drawn bottom to top: the same lane
		PolygonRoi up = new PolygonRoi(new float[] { 60.5f, 50.5f }, new float[] { 100f, 0f }, Roi.POLYLINE);
		up.setStrokeWidth(20);
		assertEquals(55.05, GelRois.toLane(up, 200, 100, 0, 0).centreAt(50), 1e-9);
		// a wide straight line: its end points, not its outline
		Line straight = new Line(50.5, 0, 60.5, 100);
		straight.setStrokeWidth(20);
		assertEquals(55.05, GelRois.toLane(straight, 200, 100, 0, 0).centreAt(50), 1e-9);
		assertEquals(9.5, GelRois.toLane(straight, 200, 100, 0, 0).halfWidth(), 1e-9);
	}

	@Test
	void aLineWithoutWidthOrAcrossTheLaneIsRefusedClearly() {
		InputException e = assertThrows(InputException.class,
			() -> GelRois.toLane(new Line(10, 0, 10, 90), 100, 100, 0, 0));
		assertTrue(e.getMessage().contains("has no width"), e.getMessage());
		Line across = new Line(0, 50, 90, 50);
		across.setStrokeWidth(10);
		e = assertThrows(InputException.class, () -> GelRois.toLane(across, 100, 100, 0, 0));
		assertTrue(e.getMessage().contains("top to bottom"), e.getMessage());
	}

	/** Tracing each lane of a smiling, tilted blot with a wide segmented line measures its true volumes. */
	@Test
	void lanesTracedAsLinesMeasureTrueVolumes() {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(7).tiltDeg(2).smile(8));
		Truth truth = blot.truth();
		GelImage img = GelImage.of16Bit(truth.width, truth.height, blot.pixels16());
		List<LanePath> lanes = new ArrayList<>();
		for (Truth.Lane l : truth.lanes) {
			float[] xs = new float[l.path.length], ys = new float[l.path.length];
			for (int k = 0; k < xs.length; k++) {
				xs[k] = (float) l.path[k][0];
				ys[k] = (float) l.path[k][1];
			}
			PolygonRoi roi = new PolygonRoi(xs, ys, Roi.POLYLINE);
			roi.setStrokeWidth((float) l.width);
			lanes.add(GelRois.toLane(roi, img.width(), img.height(), 0, 0));
		}
		GelResult r = new GelAnalyzer().quantify(img, lanes, new GelParams(), ProgressListener.NONE);
		int checked = 0;
		for (Truth.Band t : truth.bands) {
			if (t.saturated || !"sample".equalsIgnoreCase(t.kind)) continue;
			Band best = null;
			for (Band b : r.bands)
				if (b.lane == t.lane + 1 && (best == null || Math.abs(b.y - t.y) < Math.abs(best.y - t.y))) best = b;
			assertTrue(best != null && Math.abs(best.y - t.y) < 3, "band lane " + (t.lane + 1) + " y " + t.y + " not found");
			assertEquals(1, best.volume / t.volume, 0.03, "lane " + (t.lane + 1) + " row " + (t.row + 1));
			checked++;
		}
		assertTrue(checked >= 15, "too few bands checked: " + checked);
	}
}
