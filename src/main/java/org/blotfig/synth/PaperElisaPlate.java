package org.blotfig.synth;

import java.util.Locale;
import java.util.Random;

/**
 * The reference study's ELISA (its Fig. 5) as a raw plate read with known truth: IL-2, IL-4 and
 * IL-15 in the culture media of three control and three co-culture wells, each analyte with its
 * own 4PL standard curve (8 two-fold standards from 1000 pg/mL, in duplicate), samples diluted 1:2
 * and read in duplicate, a blank pair per analyte. ODs at 450 nm carry 2 % multiplicative noise,
 * a 0.05 blank signal and a per-well 570 nm background that the reference read removes. The true
 * concentrations give the paper's fold changes (IL-2 6.63, IL-4 1.76, IL-15 about 1.1) with
 * replicate spreads chosen so that the paper's Sidak stars (****, ***, ns) follow.
 */
public final class PaperElisaPlate {

	public static final String[] ANALYTES = { "IL-2", "IL-4", "IL-15" };
	public static final String[] GROUPS = PaperWesternSet.GROUPS;
	/** True medium concentrations (pg/mL): analyte x (3 control, 3 co-culture). */
	static final double[][] TRUTH = {
		{ 47.0, 50.5, 46.5, 314.0, 320.0, 320.5 },
		{ 31.5, 34.5, 33.0, 56.2, 59.8, 58.2 },
		{ 61.0, 66.0, 57.0, 63.0, 72.5, 64.5 } };
	/** 4PL per analyte: bottom, top, EC50 (pg/mL), Hill slope. */
	private static final double[][] CURVES = { { 0.0, 2.9, 260, 1.15 }, { 0.0, 2.4, 180, 1.3 },
		{ 0.0, 3.1, 320, 1.05 } };
	/** The paper's Fig. 5: fold change of co-culture over control (NaN: stated only as not significant), stars. */
	public static final double[] PAPER_FOLD = { 6.63, 1.76, Double.NaN };
	public static final String[] PAPER_STARS = { "****", "***", "ns" };
	public static final int DILUTION = 2;
	private static final String ROWS = "ABCDEFGH";

	/** ODs [row][column] at 450 and 570 nm. */
	public final double[][] od450 = new double[8][12], od570 = new double[8][12];
	private final StringBuilder map = new StringBuilder("well,type,analyte,sample,group,concentration,dilution\n");

	private PaperElisaPlate(long seed) {
		Random rnd = new Random(seed);
		for (int a = 0; a < ANALYTES.length; a++) {
			int c0 = 4 * a;
			for (int r = 0; r < 8; r++) {
				double conc = 1000 / StrictMath.pow(2, r);
				for (int d = 0; d < 2; d++) {
					put(rnd, r, c0 + d, logistic(conc, CURVES[a]));
					map.append(well(r, c0 + d)).append(",standard,").append(ANALYTES[a]).append(",,,")
						.append(fmt(conc)).append(",\n");
				}
			}
			for (int s = 0; s < 6; s++)
				for (int d = 0; d < 2; d++) {
					put(rnd, s, c0 + 2 + d, logistic(TRUTH[a][s] / DILUTION, CURVES[a]));
					map.append(well(s, c0 + 2 + d)).append(",sample,").append(ANALYTES[a]).append(',')
						.append(sample(s)).append(',').append(GROUPS[s / 3]).append(",,").append(DILUTION).append('\n');
				}
			for (int d = 0; d < 2; d++) put(rnd, 6, c0 + 2 + d, 0); // unused wells still read
			for (int d = 0; d < 2; d++) {
				put(rnd, 7, c0 + 2 + d, 0);
				map.append(well(7, c0 + 2 + d)).append(",blank,").append(ANALYTES[a]).append(",,,,\n");
			}
		}
	}

	public static PaperElisaPlate generate(long seed) {
		return new PaperElisaPlate(seed);
	}

	/** Sample names: C1-C3 (control), X1-X3 (co-culture), as the Western set names its lysates. */
	public static String sample(int s) {
		return (s < 3 ? "C" : "X") + (s % 3 + 1);
	}

	/** The true fold change (co-culture mean over control mean) of an analyte. */
	public static double trueFold(int analyte) {
		double[] t = TRUTH[analyte];
		return (t[3] + t[4] + t[5]) / (t[0] + t[1] + t[2]);
	}

	private void put(Random rnd, int r, int c, double signal) {
		double bg = 0.04 + 0.02 * rnd.nextDouble();
		od570[r][c] = round4(bg);
		od450[r][c] = round4(signal * (1 + 0.02 * rnd.nextGaussian()) + 0.05 + bg);
	}

	private static double logistic(double x, double[] p) {
		return x <= 0 ? p[0] : p[0] + (p[1] - p[0]) / (1 + StrictMath.pow(p[2] / x, p[3]));
	}

	/** The plate read as a reader exports it: a header, then one 8 x 12 block per wavelength. */
	public String plateCsv() {
		StringBuilder o = new StringBuilder("Instrument,synthetic absorbance reader (blotfig PaperElisaPlate)\n" +
			"Plate,cytokines in culture media\n\n");
		block(o, "450", od450);
		o.append('\n');
		block(o, "570", od570);
		return o.toString();
	}

	/** The plate map: well,type,analyte,sample,group,concentration,dilution. */
	public String mapCsv() {
		return map.toString();
	}

	/** analyte,sample,group,dilution,conc (the true medium concentration). */
	public String truthCsv() {
		StringBuilder o = new StringBuilder("analyte,sample,group,dilution,conc\n");
		for (int a = 0; a < ANALYTES.length; a++)
			for (int s = 0; s < 6; s++)
				o.append(ANALYTES[a]).append(',').append(sample(s)).append(',').append(GROUPS[s / 3]).append(',')
					.append(DILUTION).append(',').append(fmt(TRUTH[a][s])).append('\n');
		return o.toString();
	}

	private static void block(StringBuilder o, String wave, double[][] m) {
		o.append(wave);
		for (int c = 1; c <= 12; c++) o.append(',').append(c);
		o.append('\n');
		for (int r = 0; r < 8; r++) {
			o.append(ROWS.charAt(r));
			for (int c = 0; c < 12; c++) o.append(',').append(String.format(Locale.ROOT, "%.4f", m[r][c]));
			o.append('\n');
		}
	}

	private static String well(int r, int c) {
		return ROWS.charAt(r) + Integer.toString(c + 1);
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	private static double round4(double v) {
		return Math.round(v * 1e4) / 1e4;
	}
}
