package org.blotfig.ij;

import org.blotfig.gel.Band;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;

import ij.measure.ResultsTable;

/** Results as ImageJ ResultsTables "Bands" and "Lanes" (same columns as the CSV files, plus Rf). */
public final class GelTables {

	private GelTables() {}

	public static ResultsTable bands(GelResult r) {
		ResultsTable t = new ResultsTable();
		t.showRowNumbers(false);
		for (Band b : r.bands) {
			t.incrementCounter();
			t.addValue("lane", b.lane);
			t.addValue("row", b.row);
			t.addValue("x", b.x);
			t.addValue("y", b.y);
			t.addValue("rf", b.rf);
			t.addValue("left", b.left);
			t.addValue("right", b.right);
			t.addValue("top", b.top);
			t.addValue("bottom", b.bottom);
			t.addValue("volume", b.volume);
			t.addValue("background", b.background);
			t.addValue("peak", b.peak);
			t.addValue("width", b.width);
			t.addValue("snr", b.snr);
			t.addValue("saturated_px", b.saturatedPx);
			t.addValue("flags", b.flagString());
			t.addValue("volume_se", b.volumeSe);
		}
		return t;
	}

	public static ResultsTable lanes(GelResult r) {
		ResultsTable t = new ResultsTable();
		t.showRowNumbers(false);
		for (Lane l : r.lanes) {
			t.incrementCounter();
			t.addValue("lane", l.index);
			t.addValue("x_top", l.xTop());
			t.addValue("x_bottom", l.xBottom());
			t.addValue("width", l.width());
			t.addValue("kind", l.kind.label());
		}
		return t;
	}
}
