package org.blotfig.elisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blotfig.testutil.Shared;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * 4PL/5PL x three weightings against the R (minpack.lm) reference fits in
 * ../shared/data/elisa/E2_skqxys_fits.r.json: parameters, back-calculated standards, ICH M10
 * pass/fail and unknowns' flags.
 */
class CurveFitterOracleTest {

	static final double REL = 1e-6;

	static JsonObject oracle(String key) throws IOException {
		Path json = Shared.data("elisa/E2_skqxys_fits.r.json");
		JsonObject root = JsonParser.parseString(new String(Files.readAllBytes(json),
			StandardCharsets.UTF_8)).getAsJsonObject();
		JsonObject fit = root.getAsJsonObject("E2_skqxys").getAsJsonObject("fits").getAsJsonObject(key);
		assertEquals("reference", fit.get("oracle_status").getAsString());
		return fit;
	}

	static double[][] columns(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		double[][] out = new double[2][lines.size() - 1];
		for (int i = 1; i < lines.size(); i++) {
			String[] f = lines.get(i).split(",");
			out[0][i - 1] = Double.parseDouble(f[f.length - 2]);
			out[1][i - 1] = Double.parseDouble(f[f.length - 1]);
		}
		return out;
	}

	static double num(JsonElement e) {
		return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
	}

	static void close(double expected, double actual, double rel, String what) {
		if (Double.isNaN(expected)) {
			assertTrue(Double.isNaN(actual), what + ": expected no value, got " + actual);
			return;
		}
		assertEquals(expected, actual, rel * Math.abs(expected), what);
	}

	/**
	 * The 5PL with 1/Yobs^2 weights is nearly flat along the HillSlope-S ridge (SE of HillSlope
	 * 25 on 9.8): R's own optimum sits 2.8e-6 (relative) from the exact one there, as a 40-digit
	 * Gauss-Newton refinement of R's point shows (scipy also stops 2.3e-6 away). Those two
	 * parameters are compared at 1e-5; everything else, including back-calculation, at 1e-6.
	 */
	static double tolerance(String model, String weighting, String param) {
		boolean ridge = model.equals("5PL") && weighting.equals("1/Yobs^2") &&
			(param.equals("HillSlope") || param.equals("S"));
		return ridge ? 1e-5 : REL;
	}

	@TestFactory
	Stream<DynamicTest> matchesR() {
		String[][] cases = { { "none", "none" }, { "1/y2", "1/Yobs^2" },
			{ "1/ycurve2", "1/Ycurve^2 (IRLS, Prism 5+)" } };
		return Stream.of("4PL", "5PL").flatMap(m -> Stream.of(cases).map(c -> DynamicTest.dynamicTest(
			m + " " + c[0], () -> matchesR(m, c[0], c[1]))));
	}

	void matchesR(String model, String weight, String rWeight) throws IOException {
		JsonObject r = oracle(model + " " + rWeight);
		double[][] std = columns(Shared.data("elisa/E2_skqxys_standards.csv"));
		CurveFit fit = new CurveFitter().fit(CurveModel.forName(model), Weighting.forKey(weight),
			std[0], std[1]);

		assertTrue(fit.converged);
		assertFalse(fit.unstable, fit.problem);
		JsonObject params = r.getAsJsonObject("params");
		for (String p : params.keySet())
			close(params.get(p).getAsDouble(), fit.parameter(p), tolerance(model, rWeight, p), p);
		// SEs come from Jacobians at optimum points that differ by ~1e-8 (R uses finite differences)
		JsonObject se = r.getAsJsonObject("se");
		for (String p : se.keySet())
			close(se.get(p).getAsDouble(), fit.parameterSe(p), 1e-4, "SE " + p);
		close(r.get("ss_weighted").getAsDouble(), fit.ssWeighted, 1e-9, "weighted SS");
		// with fixed weights our optimum is at least as good as R's (lower SS, up to rounding);
		// with 1/Ycurve^2 the weights themselves come from the curve, so SSs do not compare so
		if (!weight.equals("1/ycurve2"))
			assertTrue(fit.ssWeighted <= r.get("ss_weighted").getAsDouble() * (1 + 1e-12));
		close(r.get("sy_x").getAsDouble(), fit.syx, REL, "Sy.x");
		close(r.get("r2_weighted").getAsDouble(), fit.r2, REL, "R2");
		close(r.get("r2_unweighted").getAsDouble(), fit.r2Unweighted, REL, "R2 unweighted");
		assertEquals(r.get("df").getAsInt(), fit.df);
		for (int i = 0; i < fit.residuals.length; i++)
			assertEquals(r.getAsJsonArray("residuals").get(i).getAsDouble(), fit.residuals[i], 1e-7,
				"residual " + i);

		List<BackCalculation.Standard> back = BackCalculation.standards(fit);
		for (int i = 0; i < back.size(); i++) {
			JsonObject s = r.getAsJsonArray("standards_backcalc").get(i).getAsJsonObject();
			assertEquals(s.get("conc").getAsDouble(), back.get(i).conc);
			close(num(s.get("backcalc")), back.get(i).backcalc, REL, "backcalc " + i);
			close(num(s.get("recovery_pct")), back.get(i).recoveryPct, REL, "recovery " + i);
			assertEquals(s.get("pass_ICH_M10").getAsBoolean(), back.get(i).pass, "ICH M10 pass " + i);
		}

		double[][] unk = columns(Shared.data("elisa/E2_skqxys_unknowns.csv"));
		for (int i = 0; i < unk[1].length; i++) {
			JsonObject u = r.getAsJsonArray("unknowns").get(i).getAsJsonObject();
			BackCalculation.Reading rd = BackCalculation.read(fit, unk[1][i], 1);
			assertEquals(u.get("flag").getAsString(), rd.flag.label, "flag of " + u.get("sample"));
			// an extrapolated value just above the bottom plateau amplifies the parameters' last
			// digits: R's T02 (5PL none) is 7e-7 and T03 (5PL 1/Y^2) 1.9e-6 from the 40-digit
			// optimum's back-calculation, ours 5e-7 and 4e-8; in-range values agree to 1e-6
			double tol = rd.flag == BackCalculation.Flag.IN_RANGE ? REL : 1e-5;
			close(num(u.get("conc")), rd.conc, tol, "conc of " + u.get("sample"));
		}
	}

	/**
	 * Where R's 5PL fits are looser than 1e-6 we check against the exact optimum instead:
	 * Gauss-Newton iterated to convergence in 40-digit arithmetic (mpmath) from R's point, with
	 * analytic weights 1/Yobs^2 (values: Bottom, Top, ln EC50, HillSlope, S).
	 */
	@org.junit.jupiter.api.Test
	void fivePlReachesTheExactOptimumOnTheFlatRidge() throws IOException {
		double[][] std = columns(Shared.data("elisa/E2_skqxys_standards.csv"));
		double[][] exact = {
			{ 0.076626411516682824, 3.0099192393192855, 5.7296021611789569, 7.8969351931862303,
				0.12336379786789924 },
			{ 0.073066889770243663, 3.0042443855579182, 5.7306018620084576, 9.8152031880612654,
				0.097900898374640822 } };
		Weighting[] w = { Weighting.NONE, Weighting.INV_Y2 };
		for (int k = 0; k < 2; k++) {
			CurveFit f = new CurveFitter().fit(new FiveParameterLogistic(), w[k], std[0], std[1]);
			double[] got = { f.params[0], f.params[1], f.params[2], f.params[3], Math.exp(f.params[4]) };
			for (int i = 0; i < 5; i++)
				close(exact[k][i], got[i], 1e-7, w[k] + " parameter " + i);
		}
	}
}
