package org.blotfig.study;

/**
 * One number of a study's report, with where it comes from: a figure, the item plotted (protein,
 * cytokine, population, marker), the group, what the number is, and its spread and test.
 */
public final class StudyNumber {

	/** Quantities a report holds. */
	public static final String FOLD_CHANGE = "fold_change", MEAN = "mean", PERCENT = "percent",
		PERCENT_POSITIVE = "percent_positive";

	public final String figure, item, group, quantity;
	public final double value, sd;
	public final int n;
	/** Multiplicity-adjusted P against the reference group, as displayed ("<0.0001"); empty if none. */
	public final String p;
	/** Significance stars of that P ("ns", "*", ... "****"); empty if none. */
	public final String stars;

	public StudyNumber(String figure, String item, String group, String quantity, double value, double sd, int n,
		String p, String stars)
	{
		this.figure = figure;
		this.item = item;
		this.group = group;
		this.quantity = quantity;
		this.value = value;
		this.sd = sd;
		this.n = n;
		this.p = p == null ? "" : p;
		this.stars = stars == null ? "" : stars;
	}

	/** The key an expected value is matched by. */
	String key() {
		return StudyExpected.key(figure, item, group, quantity);
	}
}
