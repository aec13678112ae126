package org.blotfig.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spillover matrix from $SPILLOVER (FCS 3.1), SPILL / $SPILL (BD FACSDiva) or $COMP (FCS 3.0),
 * and compensation with it. Row i holds the fraction of channel i's dye seen in each channel j,
 * so observed = true * S and compensation is true = observed * S^-1 (per event, on scaled values).
 * Channels are referenced by $PnN, or by 1-based parameter numbers as some instruments write.
 */
public final class Spillover {

	/** The keyword the matrix came from. */
	public final String keyword;
	/** 0-based parameter indices of the matrix rows/columns. */
	public final int[] channels;
	/** The spillover matrix, n x n. */
	public final double[][] matrix;

	public Spillover(String keyword, int[] channels, double[][] matrix) {
		this.keyword = keyword;
		this.channels = channels.clone();
		this.matrix = new double[matrix.length][];
		for (int i = 0; i < matrix.length; i++) this.matrix[i] = matrix[i].clone();
	}

	private static final String[] KEYS = { "$SPILLOVER", "SPILL", "$SPILL", "SPILLOVER", "$COMP" };

	/** Reads the first spillover keyword present; problems become warnings (it is optional). */
	static Spillover fromKeywords(Map<String, String> kw, List<FcsChannel> chans,
		List<String> warnings)
	{
		for (String key : KEYS) {
			String v = kw.get(key);
			if (v == null || v.trim().isEmpty()) continue;
			try {
				return parse(key, v, chans);
			}
			catch (IllegalArgumentException e) {
				warnings.add(key + " ignored: " + e.getMessage());
				return null;
			}
		}
		return null;
	}

	static Spillover parse(String key, String value, List<FcsChannel> chans) {
		String[] t = value.split(",");
		for (int i = 0; i < t.length; i++) t[i] = t[i].trim();
		int n;
		try {
			n = Integer.parseInt(t[0]);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("first value '" + t[0] + "' is not a channel count");
		}
		if (n < 1 || n > chans.size()) throw new IllegalArgumentException("channel count " + n +
			" outside 1.." + chans.size());
		int[] idx = new int[n];
		int first;
		if (t.length == 1 + n + n * n) {
			for (int i = 0; i < n; i++) idx[i] = resolve(t[1 + i], chans);
			first = 1 + n;
		}
		else if (t.length == 1 + n * n && n == chans.size()) {
			// FCS 3.0 $COMP without names: the matrix covers all parameters in order
			for (int i = 0; i < n; i++) idx[i] = i;
			first = 1;
		}
		else {
			throw new IllegalArgumentException("expected " + (1 + n + n * n) + " values for " + n +
				" channels, found " + t.length);
		}
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				String s = t[first + i * n + j];
				try {
					m[i][j] = Double.parseDouble(s);
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException("value '" + s + "' is not a number");
				}
			}
		}
		return new Spillover(key, idx, m);
	}

	private static int resolve(String ref, List<FcsChannel> chans) {
		for (FcsChannel c : chans) if (c.name.equals(ref)) return c.number - 1;
		for (FcsChannel c : chans) if (c.name.equalsIgnoreCase(ref)) return c.number - 1;
		if (ref.matches("[0-9]+")) {
			int k = Integer.parseInt(ref);
			if (k >= 1 && k <= chans.size()) return k - 1;
		}
		throw new IllegalArgumentException("channel '" + ref + "' is not a $PnN name or number");
	}

	/** Names of the matrix channels ($PnN), in matrix order. */
	public List<String> channelNames(List<FcsChannel> chans) {
		List<String> out = new ArrayList<>();
		for (int i : channels) out.add(chans.get(i).name);
		return out;
	}

	/**
	 * Compensates in place: {@code columns[p]} holds the scaled values of parameter p (only the
	 * matrix channels are changed).
	 *
	 * @throws IllegalArgumentException when the matrix is singular
	 */
	public void compensate(double[][] columns) {
		double[][] inv = invert(matrix);
		int n = channels.length;
		int rows = columns[channels[0]].length;
		double[] in = new double[n];
		for (int r = 0; r < rows; r++) {
			for (int i = 0; i < n; i++) in[i] = columns[channels[i]][r];
			for (int j = 0; j < n; j++) {
				double s = 0;
				for (int i = 0; i < n; i++) s += in[i] * inv[i][j];
				columns[channels[j]][r] = s;
			}
		}
	}

	/** Column k of S^-1: compensated channel k = sum over i of observed channel i x this[i]. */
	public double[] inverseColumn(int k) {
		double[][] inv = invert(matrix);
		double[] out = new double[inv.length];
		for (int i = 0; i < inv.length; i++) out[i] = inv[i][k];
		return out;
	}

	/** Gauss-Jordan inverse with partial pivoting (matrices here are small, n <= ~50). */
	static double[][] invert(double[][] a) {
		int n = a.length;
		double[][] m = new double[n][2 * n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], 0, m[i], 0, n);
			m[i][n + i] = 1;
		}
		for (int col = 0; col < n; col++) {
			int piv = col;
			for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
			if (Math.abs(m[piv][col]) < 1e-12) throw new IllegalArgumentException(
				"spillover matrix is singular");
			double[] tmp = m[col];
			m[col] = m[piv];
			m[piv] = tmp;
			double d = m[col][col];
			for (int j = 0; j < 2 * n; j++) m[col][j] /= d;
			for (int r = 0; r < n; r++) {
				if (r == col || m[r][col] == 0) continue;
				double f = m[r][col];
				for (int j = 0; j < 2 * n; j++) m[r][j] -= f * m[col][j];
			}
		}
		double[][] inv = new double[n][n];
		for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inv[i], 0, n);
		return inv;
	}
}
