package org.blotfig.flow;

/**
 * The event matrix of one dataset, stored row-major in the narrowest primitive array that
 * holds the file's values exactly ($DATATYPE F in float[], D and A in double[], I in int[] or,
 * when a mask exceeds 31 bits, long[]), so memory stays close to the DATA segment's size.
 */
public abstract class FcsEvents {

	public final int rows, columns;

	FcsEvents(int rows, int columns) {
		this.rows = rows;
		this.columns = columns;
	}

	/** The stored (raw channel) value of event {@code row}, parameter index {@code col} (0-based). */
	public abstract double raw(int row, int col);

	/** A copy of one column of raw values. */
	public double[] column(int col) {
		double[] out = new double[rows];
		for (int r = 0; r < rows; r++) out[r] = raw(r, col);
		return out;
	}

	/** The underlying array (float[], double[], int[] or long[]), row-major; not a copy. */
	public abstract Object array();

	static final class Floats extends FcsEvents {
		final float[] v;

		Floats(int rows, int columns) {
			super(rows, columns);
			v = new float[Math.multiplyExact(rows, columns)];
		}

		@Override
		public double raw(int row, int col) {
			return v[row * columns + col];
		}

		@Override
		public Object array() {
			return v;
		}
	}

	static final class Doubles extends FcsEvents {
		final double[] v;

		Doubles(int rows, int columns) {
			super(rows, columns);
			v = new double[Math.multiplyExact(rows, columns)];
		}

		@Override
		public double raw(int row, int col) {
			return v[row * columns + col];
		}

		@Override
		public Object array() {
			return v;
		}
	}

	static final class Ints extends FcsEvents {
		final int[] v;

		Ints(int rows, int columns) {
			super(rows, columns);
			v = new int[Math.multiplyExact(rows, columns)];
		}

		@Override
		public double raw(int row, int col) {
			return v[row * columns + col];
		}

		@Override
		public Object array() {
			return v;
		}
	}

	static final class Longs extends FcsEvents {
		final long[] v;

		Longs(int rows, int columns) {
			super(rows, columns);
			v = new long[Math.multiplyExact(rows, columns)];
		}

		@Override
		public double raw(int row, int col) {
			long x = v[row * columns + col];
			// 64-bit channels are unsigned: values with the top bit set are above 2^63
			return x >= 0 ? x : (double) (x >>> 1) * 2.0 + (x & 1);
		}

		@Override
		public Object array() {
			return v;
		}
	}
}
