package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

class GelAnalyzerTest {

	static GelResult run(GelImage img, GelParams p) {
		return new GelAnalyzer().analyze(img, p, ProgressListener.NONE);
	}

	/** Two rows of bands with volumes 1x..3x; lanes, positions and volumes against the truth. */
	static TestBlot twoRows() {
		TestBlot t = new TestBlot();
		for (int l = 0; l < t.lanes; l++) {
			t.band(l, 100, 4, 20000 * (1 + 0.4 * l));
			t.band(l, 200, 5, 30000);
		}
		return t;
	}

	@Test
	void findsLanesAndMeasuresVolumes() {
		TestBlot t = twoRows();
		GelResult r = run(t.image(), new GelParams());
		assertEquals(Polarity.LIGHT_BANDS, r.polarity);
		assertEquals(6, r.lanes.size());
		for (Lane l : r.lanes) {
			assertEquals(LaneKind.SAMPLE, l.kind);
			assertEquals(t.laneX(l.index - 1) + 0.5, l.xTop(), 1.5, "lane " + l.index + " centre");
		}
		assertEquals(12, r.bands.size());
		for (Band b : r.bands) {
			double[] truth = truth(t, b);
			assertEquals(truth[1] + 0.5, b.y, 0.5, "band y");
			assertEquals(truth[3], b.volume, 0.02 * truth[3], "volume lane " + b.lane + " y " + b.y);
			assertEquals(b.y < 150 ? 1 : 2, b.row);
		}
	}

	static double[] truth(TestBlot t, Band b) {
		double[] best = null;
		for (double[] tb : t.bands) {
			if ((int) tb[0] != b.lane - 1) continue;
			if (best == null || Math.abs(tb[1] - b.y) < Math.abs(best[1] - b.y)) best = tb;
		}
		return best;
	}

	static void print(GelResult r) {
		for (Lane l : r.lanes) System.out.println("lane " + l.index + " " + l.kind + " x " + l.xTop() + ".." + l.xBottom() + " w " + l.width());
		for (Band b : r.bands) System.out.println(" band " + b.lane + "/" + b.row + " y " + b.y + " vol " + b.volume + " bg " +
			b.background + " peak " + b.peak + " w " + b.width + " snr " + b.snr + " box " + b.top + ".." + b.bottom + " " + b.flagString());
	}
}
