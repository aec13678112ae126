package org.blotfig.stats;

import static org.blotfig.stats.Oracle.num;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

/**
 * t and F tails (far tails included: 1e-19 P values are what the reference study reports) and t
 * quantiles against R (src/test/resources/org/blotfig/stats/distributions.R).
 */
class DistributionsTest {

	static JsonObject resource(String name) {
		try (Reader in = new InputStreamReader(DistributionsTest.class.getResourceAsStream(name),
			StandardCharsets.UTF_8))
		{
			return JsonParser.parseReader(in).getAsJsonObject();
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	static final JsonObject R = resource("distributions.r.json");

	@Test
	void tTailsMatchR() {
		for (JsonElement el : R.getAsJsonArray("t")) {
			JsonObject e = el.getAsJsonObject();
			double t = num(e, "t"), df = num(e, "df");
			// Commons Math's incomplete beta multiplies the rounding of x = df/(df+t^2) by df/2 in
			// its prefactor: 2e-11 at df = 1e5 (irrelevant for lab designs, df < 1000)
			double tol = df > 1000 ? 1e-10 : 1e-12;
			Oracle.rel(num(e, "two_sided"), Distributions.tTwoSided(t, df), tol, "two-sided t=" + t + " df=" + df);
			Oracle.rel(num(e, "upper"), Distributions.tUpper(t, df), tol, "upper t=" + t + " df=" + df);
			Oracle.rel(num(e, "two_sided"), Distributions.tTwoSided(-t, df), tol, "symmetry t=" + t);
		}
	}

	@Test
	void fUpperTailMatchesR() {
		for (JsonElement el : R.getAsJsonArray("f")) {
			JsonObject e = el.getAsJsonObject();
			double f = num(e, "f"), d1 = num(e, "d1"), d2 = num(e, "d2");
			Oracle.rel(num(e, "upper"), Distributions.fUpper(f, d1, d2), 1e-12,
				"F=" + f + " (" + d1 + ", " + d2 + ")");
		}
	}

	@Test
	void tQuantilesMatchR() {
		for (JsonElement el : R.getAsJsonArray("qt")) {
			JsonObject e = el.getAsJsonObject();
			double a = num(e, "alpha"), df = num(e, "df");
			Oracle.rel(num(e, "t"), Distributions.tQuantileUpper(a, df), 1e-12, "qt alpha=" + a + " df=" + df);
		}
	}
}
