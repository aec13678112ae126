package org.blotfig.figures;

import java.util.Locale;

/**
 * A figure's size on paper, in millimetres: what the journal prints. Charts are laid out in points
 * (1/72 inch) of this size, so that their type sizes ({@link PrintStyle}) are the sizes on paper;
 * the PDF page and the SVG are this size, the PNG holds {@link #PNG_DPI} pixels per inch of it.
 * Journals print figures one column (about 85-89 mm) or two columns (about 174-183 mm) wide.
 */
public final class FigureSize {

	/** Nominal widths: a figure one column or the page's two columns wide. */
	public static final double ONE_COLUMN_MM = 85, TWO_COLUMN_MM = 180;
	/** What journals ask of raster figures at their final size (line art with halftones, photographs). */
	public static final int PNG_DPI = 300;

	static final double MM_PER_INCH = 25.4, POINTS_PER_INCH = 72;

	public final double widthMm, heightMm;

	private FigureSize(double widthMm, double heightMm) {
		if (!(widthMm > 0 && heightMm > 0 && widthMm < 2000 && heightMm < 2000)) throw new IllegalArgumentException(
			"figure size " + widthMm + " x " + heightMm + " mm");
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public static FigureSize mm(double widthMm, double heightMm) {
		return new FigureSize(widthMm, heightMm);
	}

	/** One column wide. */
	public static FigureSize oneColumn(double heightMm) {
		return new FigureSize(ONE_COLUMN_MM, heightMm);
	}

	/** Two columns (the page) wide. */
	public static FigureSize twoColumn(double heightMm) {
		return new FigureSize(TWO_COLUMN_MM, heightMm);
	}

	/**
	 * {@code panels} plots side by side, each with its own axes: about 42 mm a panel (plus 12 mm for
	 * the shared margin), kept between one and two columns, but never below {@code minPanelMm} a
	 * panel (such a figure is scaled down to the page).
	 */
	public static FigureSize panels(int panels, double minPanelMm, double heightMm) {
		double w = Math.min(TWO_COLUMN_MM, Math.max(ONE_COLUMN_MM, 12 + 42 * panels));
		return new FigureSize(Math.max(w, 12 + minPanelMm * panels), heightMm);
	}

	/** Width in points: the PDF page, the SVG's user units, the chart's layout. */
	public double widthPt() {
		return widthMm * POINTS_PER_INCH / MM_PER_INCH;
	}

	public double heightPt() {
		return heightMm * POINTS_PER_INCH / MM_PER_INCH;
	}

	/** Width in pixels at {@code dpi} pixels per inch. */
	public int widthPx(int dpi) {
		return (int) Math.round(widthMm * dpi / MM_PER_INCH);
	}

	public int heightPx(int dpi) {
		return (int) Math.round(heightMm * dpi / MM_PER_INCH);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FigureSize && ((FigureSize) o).widthMm == widthMm && ((FigureSize) o).heightMm == heightMm;
	}

	@Override
	public int hashCode() {
		return Double.hashCode(widthMm) * 31 + Double.hashCode(heightMm);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%.4g x %.4g mm", widthMm, heightMm);
	}
}
