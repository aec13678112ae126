package org.blotfig.norm;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Loading-control consistency on one membrane: the coefficient of variation of the control
 * signal across sample lanes. Equal loading is the premise of normalising to a housekeeping
 * protein; a CV above {@value #CV_WARNING_PERCENT} % means the lanes were loaded (or transferred)
 * unevenly enough that a reviewer will ask, so it is reported as a warning.
 */
public final class ControlQc {

	public static final double CV_WARNING_PERCENT = 20;

	public final String membrane;
	public final String role;
	/** Lanes with a usable control (present, unsaturated, above background). */
	public final int n;
	public final double mean;
	/** Sample standard deviation (n - 1). */
	public final double sd;
	/** SD / mean in %, NaN for fewer than 2 lanes. */
	public final double cvPercent;

	private ControlQc(String membrane, String role, int n, double mean, double sd) {
		this.membrane = membrane;
		this.role = role;
		this.n = n;
		this.mean = mean;
		this.sd = sd;
		this.cvPercent = n < 2 ? Double.NaN : 100 * sd / mean;
	}

	public static ControlQc of(String membrane, String role, Collection<SampleLane> lanes,
		Map<Integer, Signal> controls)
	{
		double sum = 0, sum2 = 0;
		int n = 0;
		for (SampleLane s : lanes) {
			Signal c = controls.get(s.lane);
			if (c == null || c.saturated || !(c.volume > 0)) continue;
			sum += c.volume;
			n++;
		}
		double mean = n == 0 ? Double.NaN : sum / n;
		for (SampleLane s : lanes) {
			Signal c = controls.get(s.lane);
			if (c == null || c.saturated || !(c.volume > 0)) continue;
			sum2 += (c.volume - mean) * (c.volume - mean);
		}
		double sd = n < 2 ? Double.NaN : Math.sqrt(sum2 / (n - 1));
		return new ControlQc(membrane, role, n, mean, sd);
	}

	public boolean isHigh() {
		return cvPercent > CV_WARNING_PERCENT;
	}

	/** The warning text, or null when the CV is acceptable. */
	public String warning() {
		if (!isHigh()) return null;
		return String.format(Locale.ROOT, "membrane %s: %s CV %.1f %% across %d lanes (> %.0f %%): " +
			"uneven loading or transfer", membrane, role, cvPercent, n, CV_WARNING_PERCENT);
	}
}
