package org.blotfig.elisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

/** Synthetic standards with exactly known curves: every model must give its truth back. */
class KnownAnswerTest {

	static final double[] X = { 1000, 500, 250, 125, 62.5, 31.25, 15.625, 7.8125 };

	static double[] ys(CurveModel m, double[] p, double[] x) {
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++)
			y[i] = m.curve(x[i], p);
		return y;
	}

	static void assertRel(double expected, double actual, double rel, String what) {
		assertEquals(expected, actual, rel * Math.abs(expected), what);
	}

	@Test
	void fourPlRecoversExactCurveUnderEveryWeighting() {
		CurveModel m = new FourParameterLogistic();
		double[] truth = { 0.04, 2.9, Math.log(260), 1.15 };
		for (Weighting w : Weighting.values()) {
			CurveFit f = new CurveFitter().fit(m, w, X, ys(m, truth, X));
			assertFalse(f.unstable, w + ": " + f.problem);
			assertRel(0.04, f.parameter("Bottom"), 1e-7, w + " Bottom");
			assertRel(2.9, f.parameter("Top"), 1e-8, w + " Top");
			assertRel(260, f.parameter("EC50"), 1e-8, w + " EC50");
			assertRel(1.15, f.parameter("HillSlope"), 1e-8, w + " Hill");
			assertEquals(1, f.r2, 1e-12);
		}
	}

	@Test
	void fivePlRecoversAsymmetricCurve() {
		CurveModel m = new FiveParameterLogistic();
		double[] truth = { 0.05, 3.0, Math.log(300), 1.6, Math.log(0.4) };
		double[] x = { 4000, 2000, 1000, 500, 250, 125, 62.5, 31.25, 15.625, 7.8125, 3.90625 };
		CurveFit f = new CurveFitter().fit(m, Weighting.INV_YCURVE2, x, ys(m, truth, x));
		assertFalse(f.unstable, f.problem);
		assertRel(300, f.parameter("EC50"), 1e-6, "EC50");
		assertRel(0.4, f.parameter("S"), 1e-6, "S");
		assertRel(1.6, f.parameter("HillSlope"), 1e-6, "Hill");
		// EC50 is the half-maximal concentration in Prism's 5PL
		assertRel(0.05 + (3.0 - 0.05) / 2, m.curve(300, f.params), 1e-6, "half-maximal response");
		for (double c : new double[] { 10, 100, 1000 })
			assertRel(c, f.inverse(m.curve(c, truth)), 1e-6, "inverse at " + c);
	}

	/** Competitive ELISA: signal falls with concentration (negative Hill slope in Prism's form). */
	@Test
	void fallingCurveIsFoundFromAutomaticStarts() {
		CurveModel m = new FourParameterLogistic();
		double[] truth = { 0.15, 2.2, Math.log(40), -0.9 };
		CurveFit f = new CurveFitter().fit(m, Weighting.INV_Y2, X, ys(m, truth, X));
		assertFalse(f.unstable, f.problem);
		assertRel(40, f.parameter("EC50"), 1e-7, "EC50");
		assertRel(-0.9, f.parameter("HillSlope"), 1e-7, "Hill");
		assertRel(75, f.inverse(m.curve(75, truth)), 1e-7, "inverse");
		assertEquals(BackCalculation.Flag.ABOVE_TOP_PLATEAU, BackCalculation.read(f, 2.3, 1).flag);
		assertEquals(BackCalculation.Flag.BELOW_BOTTOM_PLATEAU, BackCalculation.read(f, 0.1, 1).flag);
		assertEquals(BackCalculation.Flag.ABOVE_ULOQ, BackCalculation.read(f, m.curve(2000, truth), 1).flag);
	}

	@Test
	void linearAndLogLogRecoverTheirLines() {
		double[] x = { 0, 10, 20, 40, 80 };
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++)
			y[i] = 0.1 + 0.02 * x[i];
		CurveFit lin = new CurveFitter().fit(new LinearModel(), Weighting.NONE, x, y);
		assertRel(0.1, lin.parameter("Intercept"), 1e-12, "intercept");
		assertRel(0.02, lin.parameter("Slope"), 1e-12, "slope");
		assertRel(30, lin.inverse(0.7), 1e-12, "inverse");

		double[] xl = { 1, 10, 100, 1000 };
		double[] yl = new double[xl.length];
		for (int i = 0; i < xl.length; i++)
			yl[i] = 0.05 * Math.pow(xl[i], 0.8);
		CurveFit ll = new CurveFitter().fit(new LogLogModel(), Weighting.NONE, xl, yl);
		assertRel(0.8, ll.parameter("Slope"), 1e-12, "log-log slope");
		assertRel(Math.log10(0.05), ll.parameter("Intercept"), 1e-12, "log-log intercept");
		assertRel(50, ll.inverse(0.05 * Math.pow(50, 0.8)), 1e-12, "log-log inverse");
		assertThrows(InputException.class,
			() -> new CurveFitter().fit(new LogLogModel(), Weighting.INV_Y2, xl, yl));
	}

	/** Standards only on the rising foot of the curve: no upper plateau, so Top and EC50 are unknown. */
	@Test
	void fitWithoutUpperPlateauIsUnstable() {
		CurveModel m = new FourParameterLogistic();
		double[] truth = { 0.05, 3.0, Math.log(5000), 1.0 };
		double[] x = { 1, 2, 4, 8, 16, 32, 64 };
		double[] y = ys(m, truth, x);
		// 1 % alternating noise: exact data would pin even an extrapolated Top down
		for (int i = 0; i < y.length; i++)
			y[i] *= 1 + (i % 2 == 0 ? 0.01 : -0.01);
		CurveFit f = new CurveFitter().fit(m, Weighting.NONE, x, y);
		assertTrue(f.unstable, "a curve without upper plateau must be reported unstable");
		assertTrue(f.problem.contains("upper plateau are not determined"), f.problem);

		List<Measurement> wells = new ArrayList<>();
		for (int i = 0; i < x.length; i++)
			wells.add(new Measurement("A" + (i + 1), WellType.STANDARD, "", "", "", x[i], 1, y[i]));
		wells.add(new Measurement("B1", WellType.SAMPLE, "", "S1", "", Double.NaN, 1, y[3]));
		AnalyteResult r = new ElisaAnalysis(m, Weighting.NONE).analyze("test", wells, ProgressListener.NONE)
			.get(0);
		assertTrue(r.samples.get(0).flag.endsWith(";unstable_curve"), r.samples.get(0).flag);
	}

	/** Blank subtraction, replicate means and CV, dilution and every range flag on one layout. */
	@Test
	void analysisOfExactPlate() {
		CurveModel m = new FourParameterLogistic();
		double[] truth = { 0.0, 2.5, Math.log(200), 1.2 };
		double blank = 0.06;
		List<Measurement> wells = new ArrayList<>();
		wells.add(new Measurement("H1", WellType.BLANK, "IL-2", "", "", Double.NaN, 1, blank - 0.01));
		wells.add(new Measurement("H2", WellType.BLANK, "IL-2", "", "", Double.NaN, 1, blank + 0.01));
		for (int i = 0; i < X.length; i++)
			for (int rep = 0; rep < 2; rep++)
				wells.add(new Measurement("S" + i + rep, WellType.STANDARD, "IL-2", "", "", X[i], 1,
					m.curve(X[i], truth) + blank));
		wells.add(new Measurement("A3", WellType.STANDARD, "IL-2", "", "", 0, 1, blank)); // zero standard: left out
		// in range, undiluted and 1:10; a pair with 20 % CV; below LLOQ; above the top plateau
		double y100 = m.curve(100, truth) + blank;
		wells.add(new Measurement("A5", WellType.SAMPLE, "IL-2", "s1", "ctrl", Double.NaN, 1, y100));
		wells.add(new Measurement("A6", WellType.SAMPLE, "IL-2", "s1", "ctrl", Double.NaN, 1, y100));
		wells.add(new Measurement("B5", WellType.SAMPLE, "IL-2", "s2", "exp", Double.NaN, 10, y100));
		wells.add(new Measurement("C5", WellType.SAMPLE, "IL-2", "s3", "exp", Double.NaN, 1, y100 * 0.8));
		wells.add(new Measurement("C6", WellType.SAMPLE, "IL-2", "s3", "exp", Double.NaN, 1, y100 * 1.2));
		wells.add(new Measurement("D5", WellType.SAMPLE, "IL-2", "s4", "exp", Double.NaN, 1,
			m.curve(4, truth) + blank));
		wells.add(new Measurement("E5", WellType.CONTROL, "IL-2", "hi", "", Double.NaN, 1, 2.7 + blank));

		List<AnalyteResult> res = new ElisaAnalysis(m, Weighting.INV_YCURVE2).analyze("test", wells,
			ProgressListener.NONE);
		assertEquals(1, res.size());
		AnalyteResult a = res.get(0);
		assertEquals(blank, a.blank, 1e-15);
		assertEquals(16, a.fit.x.length, "zero standard excluded, replicates are separate points");
		assertEquals(0.0, a.fit.parameter("Bottom"), 1e-9, "blank-subtracted bottom");
		assertRel(200, a.fit.parameter("EC50"), 1e-8, "EC50");
		for (BackCalculation.Standard s : a.standards) {
			assertRel(s.conc, s.backcalc, 1e-7, "standard " + s.conc);
			assertTrue(s.pass);
		}
		assertEquals(5, a.samples.size());
		AnalyteResult.Sample s1 = a.samples.get(0), s2 = a.samples.get(1), s3 = a.samples.get(2),
			s4 = a.samples.get(3), hi = a.samples.get(4);
		assertEquals(2, s1.replicates.n);
		assertRel(100, s1.reading.conc, 1e-7, "s1");
		assertEquals("in_range", s1.flag);
		assertRel(1000, s2.reading.conc, 1e-7, "dilution applied");
		assertRel(100, s2.reading.wellConc, 1e-7, "well concentration");
		assertEquals(100 * 0.2 * y100 * Math.sqrt(2) / y100, s3.replicates.cvPct, 1e-9);
		assertEquals("in_range;CV>15%", s3.flag);
		assertRel(4, s4.reading.conc, 1e-6, "below LLOQ still reported");
		assertEquals("below_LLOQ(extrapolated)", s4.flag);
		assertTrue(Double.isNaN(hi.reading.conc));
		assertEquals("above_top_plateau(no_solution)", hi.flag);
	}

	@Test
	void namesAreValidated() {
		assertEquals("5PL", CurveModel.forName("5pl").name());
		assertEquals("log-log", CurveModel.forName("log-log").name());
		assertEquals(Weighting.INV_YCURVE2, Weighting.forKey("1/Ycurve^2"));
		assertEquals(Weighting.INV_Y2, Weighting.forKey("1/y2"));
		assertTrue(assertThrows(InputException.class, () -> CurveModel.forName("6pl")).getMessage()
			.contains("6pl"));
		assertThrows(InputException.class, () -> Weighting.forKey("1/x"));
	}
}
