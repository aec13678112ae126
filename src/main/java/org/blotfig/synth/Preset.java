package org.blotfig.synth;

import java.util.Locale;

/**
 * Named difficulty levels for tests and benchmark grids. Intensities are defined as fractions of
 * the full scale, so each preset works at 8 or 16 bits and with either polarity.
 * <ul>
 * <li>CLEAN: 16-bit chemiluminescence, flat background, light noise, straight lanes; a ladder and
 * seven sample lanes with a loading series (1, 0.75, 0.5, 0.25, 1, 1.5, 2) for linearity checks.</li>
 * <li>TYPICAL: gradient and blotches, moderate noise, a few dust specks, 1 degree tilt, mild smile,
 * 15 % loading variation and 10 % band-to-band variation.</li>
 * <li>HARD: 8-bit film (dark bands on light), strong blotches, heavy noise and dust, 3 degree
 * tilt, strong smile, 25 % / 30 % variation and one saturated band (lane 3, first row).</li>
 * </ul>
 */
public enum Preset {
	CLEAN, TYPICAL, HARD;

	/** The preset at its natural bit depth and polarity. */
	public BlotSpec spec() {
		return this == HARD ? spec(8, Polarity.DARK_BANDS) : spec(16, Polarity.LIGHT_BANDS);
	}

	/** The preset at the given bit depth and polarity, on the standard layout (8 lanes of 40 px, 360 px high). */
	public BlotSpec spec(int bits, Polarity polarity) {
		return spec(new BlotSpec().bitDepth(bits).polarity(polarity).lanes(8).laneWidth(40).laneGap(14).marginX(30)
			.height(360));
	}

	/**
	 * The preset on the caller's layout: bit depth, polarity, lane count, lane width, lane gap,
	 * margin and height are taken from {@code layout}; everything else (background, noise, band
	 * rows and their volumes) comes from the preset. Rows keep their relative migration positions
	 * between the lane top (20 px) and bottom (height - 20 px), and volumes are computed for the
	 * given lane width, so peak heights do not depend on the layout.
	 */
	public BlotSpec spec(BlotSpec layout) {
		BlotSpec s = new BlotSpec().bitDepth(layout.bitDepth()).polarity(layout.polarity()).lanes(layout.lanes())
			.laneWidth(layout.laneWidth()).laneGap(layout.laneGap()).marginX(layout.marginX())
			.height(layout.height()).laneTop(20).laneBottom(layout.height() - 20).bandFill(0.8).edgeSoftness(2);
		if (layout.height() < 100) throw new org.blotfig.core.InputException("synth: presets need a height of " +
			"at least 100 px, got " + layout.height());
		double fs = s.maxValue();
		boolean light = s.polarity() == Polarity.LIGHT_BANDS;
		s.laneKind(0, LaneKind.LADDER);
		double[] series = { 1, 0.75, 0.5, 0.25, 1, 1.5, 2 };
		for (int i = 0; i < series.length && i + 1 < s.lanes(); i++)
			s.loading(i + 1, series[i]);
		switch (this) {
			case CLEAN:
				s.background((light ? 0.03 : 0.85) * fs).noise(0.2 * fs / 65535, 0.0004 * fs);
				break;
			case TYPICAL:
				s.background((light ? 0.05 : 0.8) * fs).gradient(0.00004 * fs, 0.00003 * fs)
					.blotches(4, 0.02 * fs, 60).noise(1.0 * fs / 65535, 0.001 * fs)
					.dust(12, 0.15 * fs, 2).tiltDeg(1.0).smile(4).splay(2).loadingCv(0.15).volumeJitter(0.1);
				break;
			case HARD:
				s.background((light ? 0.08 : 0.78) * fs).gradient(0.0001 * fs, -0.00008 * fs)
					.blotches(7, 0.06 * fs, 50).noise(4.0 * fs / 65535, 0.004 * fs)
					.dust(40, 0.3 * fs, 2.5).tiltDeg(3.0).smile(10).splay(4).loadingCv(0.25).volumeJitter(0.3);
				break;
			default:
				throw new AssertionError(this);
		}
		// peak heights as fractions of the headroom, so the polarity does not change the contrast
		double room = s.headroom();
		// positions as fractions of the lane length (exact binary fractions: 75/320 = 15/64, ...)
		s.addRow("target-high", at(s, 95), 4.0, s.volumeForPeak(4.0, 0.25 * room));
		s.addRow("target-low", at(s, 165), 3.5, s.volumeForPeak(3.5, 0.12 * room));
		s.addRow("loading-control", at(s, 260), 4.5, s.volumeForPeak(4.5, 0.3 * room));
		double[] mw = { 250, 130, 70, 35, 15 };
		double[] ys = { 50, 90, 150, 230, 310 };
		for (int k = 0; k < mw.length; k++)
			s.addLadderRow(mw[k], at(s, ys[k]), 2.5, s.volumeForPeak(2.5, 0.2 * room));
		if (this == HARD && s.lanes() > 3) s.saturate(3, 0, 1.5);
		return s;
	}

	/** y on the standard 20..340 lane range, moved to the same fraction of this spec's lanes. */
	private static double at(BlotSpec s, double standardY) {
		return s.laneTop() + (standardY - 20) / 320 * (s.laneBottom() - s.laneTop());
	}

	/** The lower-case name used on the command line and in macros. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses a preset name (case-insensitive), or returns null. */
	public static Preset parse(String s) {
		if (s == null) return null;
		for (Preset p : values())
			if (p.name().equalsIgnoreCase(s.trim())) return p;
		return null;
	}
}
