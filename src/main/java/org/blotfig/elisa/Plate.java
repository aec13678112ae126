package org.blotfig.elisa;

import org.blotfig.core.InputException;

/**
 * One read of a 96-well (8 x 12) or 384-well (16 x 24) plate: a response per well, NaN for
 * wells that were not read, already reference-corrected when a reference wavelength was given.
 */
public final class Plate {

	/** Names the input in messages (usually the file name). */
	public final String source;
	public final int rows, cols;
	private final double[][] values;

	/** @throws InputException unless rows x cols is 8 x 12 or 16 x 24 */
	public Plate(String source, int rows, int cols) {
		if (!(rows == 8 && cols == 12 || rows == 16 && cols == 24)) throw new InputException(source +
			": wrong plate shape " + rows + " rows x " + cols + " columns; expected 8 x 12 (96-well) " +
			"or 16 x 24 (384-well)");
		this.source = source;
		this.rows = rows;
		this.cols = cols;
		this.values = new double[rows][cols];
		for (double[] r : values)
			java.util.Arrays.fill(r, Double.NaN);
	}

	public boolean contains(int row, int col) {
		return row >= 0 && row < rows && col >= 0 && col < cols;
	}

	public double get(int row, int col) {
		return values[row][col];
	}

	public void set(int row, int col, double v) {
		values[row][col] = v;
	}

	/** This plate minus another of the same shape, well by well (reference subtraction). */
	public Plate minus(Plate reference) {
		Plate out = new Plate(source, rows, cols);
		for (int r = 0; r < rows; r++)
			for (int c = 0; c < cols; c++)
				out.values[r][c] = values[r][c] - reference.values[r][c];
		return out;
	}
}
