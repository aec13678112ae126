package org.blotfig.ij;

import java.awt.Color;
import java.awt.image.IndexColorModel;

import org.blotfig.flow.DensityPlot;
import org.blotfig.flow.EventsCsv;
import org.blotfig.flow.FcsChannel;
import org.blotfig.flow.FcsDataset;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.Overlay;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;

/** ImageJ views of flow data: an events table and a density-coloured dot plot. */
public final class FlowImages {

	private FlowImages() {}

	/** The first {@code maxRows} events as a ResultsTable (one column per channel). */
	public static ResultsTable eventsTable(FcsDataset ds, boolean scaled, int maxRows) {
		ResultsTable t = new ResultsTable();
		java.util.List<String> names = EventsCsv.columnNames(ds);
		int rows = Math.min(ds.eventCount, Math.max(0, maxRows));
		for (int r = 0; r < rows; r++) {
			t.incrementCounter();
			for (int c = 0; c < names.size(); c++) {
				FcsChannel ch = ds.channels.get(c);
				double raw = ds.events.raw(r, c);
				t.addValue(names.get(c), scaled ? ch.scale(raw) : raw);
			}
		}
		return t;
	}

	/**
	 * A dot plot coloured by log event density: white background, then a blue-green-yellow-red
	 * ramp. Pixel 0 = no events, 1..255 = log(1 + count) scaled to the densest bin.
	 */
	public static ImagePlus densityPlot(String title, DensityPlot p) {
		int n = p.bins;
		int max = 0;
		for (int c : p.counts) max = Math.max(max, c);
		byte[] px = new byte[n * n];
		double norm = max > 0 ? 254 / Math.log1p(max) : 0;
		for (int i = 0; i < px.length; i++) {
			int c = p.counts[i];
			px[i] = (byte) (c == 0 ? 0 : 1 + (int) Math.round(Math.log1p(c) * norm));
		}
		ByteProcessor bp = new ByteProcessor(n, n, px, densityLut());
		ImagePlus imp = new ImagePlus(title, bp);
		imp.setProperty("Info", "x: " + p.xScale + "\ny: " + p.yScale + "\nevents plotted: " + p.plotted +
			"\noff scale or NaN: " + p.outside + "\ndensest bin: " + max + " events");
		return imp;
	}

	/** Adds threshold lines (in data units) as an overlay. */
	public static void addThresholds(ImagePlus imp, DensityPlot p, double xThreshold, double yThreshold) {
		int n = p.bins;
		double u = p.xScale.apply(xThreshold) * n, v = n - p.yScale.apply(yThreshold) * n;
		Overlay o = new Overlay();
		if (u >= 0 && u <= n) {
			Line l = new Line(u, 0, u, n);
			l.setStrokeColor(Color.BLACK);
			o.add(l);
		}
		if (v >= 0 && v <= n) {
			Line l = new Line(0, v, n, v);
			l.setStrokeColor(Color.BLACK);
			o.add(l);
		}
		imp.setOverlay(o);
	}

	static IndexColorModel densityLut() {
		byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		int[][] stops = { { 1, 40, 40, 160 }, { 64, 30, 140, 220 }, { 128, 40, 190, 90 }, { 192, 250, 210, 30 },
			{ 255, 200, 20, 20 } };
		r[0] = g[0] = b[0] = (byte) 255;
		for (int i = 1; i < 256; i++) {
			int k = 0;
			while (k < stops.length - 2 && i > stops[k + 1][0]) k++;
			double f = (i - stops[k][0]) / (double) (stops[k + 1][0] - stops[k][0]);
			f = Math.max(0, Math.min(1, f));
			r[i] = (byte) Math.round(stops[k][1] + f * (stops[k + 1][1] - stops[k][1]));
			g[i] = (byte) Math.round(stops[k][2] + f * (stops[k + 1][2] - stops[k][2]));
			b[i] = (byte) Math.round(stops[k][3] + f * (stops[k + 1][3] - stops[k][3]));
		}
		return new IndexColorModel(8, 256, r, g, b);
	}
}
