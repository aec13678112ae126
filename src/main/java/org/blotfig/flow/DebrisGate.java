package org.blotfig.flow;

import java.nio.file.Path;

import org.blotfig.core.InputException;

/**
 * An FSC/SSC (or any two-channel) gate applied before marker gating, to leave out debris and
 * doublets: events outside it become NaN, which every gate and percentile here ignores. Applied
 * to the control too, so thresholds come from the same cell population.
 */
public final class DebrisGate {

	public final String xChannel, yChannel, description;
	private final EventGate gate;

	private DebrisGate(String x, String y, EventGate gate, String description) {
		xChannel = x;
		yChannel = y;
		this.gate = gate;
		this.description = description;
	}

	/**
	 * @param coords xMin,xMax,yMin,yMax for a rectangle; x1,y1,x2,y2,... (at least 3 vertices)
	 *          for a polygon; scaled value units
	 */
	public static DebrisGate parse(String x, String y, String shape, String coords) {
		String[] t = coords.split(",");
		double[] v = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			try {
				v[i] = Double.parseDouble(t[i].trim());
			}
			catch (NumberFormatException e) {
				throw new InputException("debris gate: '" + t[i].trim() + "' is not a number");
			}
			if (Double.isNaN(v[i]) || Double.isInfinite(v[i])) throw new InputException("debris gate: '" +
				t[i].trim() + "' is not a finite number");
		}
		try {
			if (shape.equals("rectangle")) {
				if (v.length != 4) throw new InputException("debris gate: a rectangle needs xmin,xmax,ymin,ymax");
				return new DebrisGate(x, y, EventGate.rectangle(v[0], v[1], v[2], v[3]), x + "/" + y + " rectangle " +
					coords.replace(" ", ""));
			}
			if (shape.equals("polygon")) {
				if (v.length < 6 || v.length % 2 != 0) throw new InputException("debris gate: a polygon needs " +
					"x1,y1,x2,y2,x3,y3,... (at least 3 vertices)");
				double[] xs = new double[v.length / 2], ys = new double[v.length / 2];
				for (int i = 0; i < xs.length; i++) {
					xs[i] = v[2 * i];
					ys[i] = v[2 * i + 1];
				}
				return new DebrisGate(x, y, EventGate.polygon(xs, ys), x + "/" + y + " polygon " + coords.replace(" ", ""));
			}
		}
		catch (IllegalArgumentException e) {
			throw new InputException("debris gate: " + e.getMessage());
		}
		throw new InputException("debris gate: shape '" + shape + "' (use rectangle or polygon)");
	}

	/** Sets values of events outside the gate to NaN (in place) and returns how many were. */
	public long apply(Path file, FcsDataset ds, double[]... columns) {
		double[] gx = ds.values(QuadrantReport.channel(file, ds, xChannel));
		double[] gy = ds.values(QuadrantReport.channel(file, ds, yChannel));
		long out = 0;
		for (int i = 0; i < gx.length; i++) {
			if (gate.contains(gx[i], gy[i])) continue;
			out++;
			for (double[] c : columns) c[i] = Double.NaN;
		}
		return out;
	}
}
