package org.blotfig.study;

import java.util.List;
import java.util.Locale;

import org.blotfig.io.Csv;

/**
 * The report of a study run: every number behind every figure, beside the expected (published)
 * value when one is given. As CSV (numbers.csv, for re-use), Markdown and HTML (for reading, with
 * the figures inline).
 */
public final class StudyReport {

	public static final String CSV = "numbers.csv", MARKDOWN = "report.md", HTML = "report.html";

	private final List<StudyRun.PanelResult> panels;
	private final StudyExpected expected;
	private final String title;

	public StudyReport(String title, List<StudyRun.PanelResult> panels, StudyExpected expected) {
		this.title = title;
		this.panels = panels;
		this.expected = expected;
	}

	/** The columns of {@link #CSV}, and of Run Study's table: both are built from {@link #rows()}. */
	public static final List<String> COLUMNS = java.util.Collections.unmodifiableList(java.util.Arrays.asList("figure",
		"item", "group", "quantity", "value", "sd", "n", "p_adj", "stars", "expected", "expected_stars", "rel_diff"));

	/**
	 * Every number with its expected value, one row per number in the order of {@link #COLUMNS}:
	 * text as String, numbers as Double (NaN when there is none, e.g. the SD of one value or no
	 * expected value) and n as Integer.
	 */
	public List<Object[]> rows() {
		List<Object[]> rows = new java.util.ArrayList<>();
		for (StudyRun.PanelResult p : panels)
			for (StudyNumber n : p.numbers) {
				StudyExpected.Value e = expected.of(n);
				rows.add(new Object[] { n.figure, n.item, n.group, n.quantity, n.value, n.sd, n.n, n.p, n.stars,
					e == null ? Double.NaN : e.value, e == null ? "" : e.stars, relDiff(n.value, e) });
			}
		return rows;
	}

	public String csv() {
		StringBuilder o = new StringBuilder(String.join(",", COLUMNS)).append('\n');
		for (Object[] row : rows()) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) o.append(',');
				Object v = row[i];
				o.append(v instanceof Double ? Csv.num((Double) v) : cell(v.toString()));
			}
			o.append('\n');
		}
		return o.toString();
	}

	public String markdown() {
		StringBuilder o = new StringBuilder("# ").append(title).append("\n\n");
		o.append("Every number below comes from the files in this folder (`").append(CSV).append("` holds them all). ")
			.append("Statistics: two-way ANOVA (item x group, Type III) with Sidak's comparisons of each group with ")
			.append("the reference group within each item; stars: ns P >= 0.05, * < 0.05, ** < 0.01, *** < 0.001, ")
			.append("**** < 0.0001.\n");
		if (!expected.isEmpty()) o.append("Expected values (the published figures) are set beside the measured ones.\n");
		for (StudyRun.PanelResult p : panels) {
			o.append("\n## ").append(p.panel.figure).append(": ").append(p.description).append("\n\n");
			o.append("Input: `").append(p.panel.input.getFileName()).append("`; files: ");
			o.append(String.join(", ", code(p.files))).append("\n\n");
			for (String f : p.files) if (f.endsWith(".png")) o.append("![").append(p.panel.figure).append("](").append(f)
				.append(")\n\n");
			o.append("| item | group | quantity | value | SD | n | P (adj.) | stars |");
			if (!expected.isEmpty()) o.append(" expected | difference |");
			o.append('\n').append("|---|---|---|---|---|---|---|---|").append(expected.isEmpty() ? "" : "---|---|").append('\n');
			for (StudyNumber n : p.numbers) {
				StudyExpected.Value e = expected.of(n);
				o.append("| ").append(n.item).append(" | ").append(n.group).append(" | ").append(n.quantity.replace('_', ' '))
					.append(" | ").append(fmt(n.value)).append(" | ").append(fmt(n.sd)).append(" | ").append(n.n)
					.append(" | ").append(n.p).append(" | ").append(n.stars).append(" |");
				if (!expected.isEmpty()) o.append(' ').append(expectedText(e)).append(" | ").append(diffText(n, e)).append(" |");
				o.append('\n');
			}
			if (!p.notes.isEmpty()) o.append('\n');
			for (String note : p.notes) o.append("- ").append(note).append('\n');
		}
		o.append("\n## Methods (for the paper)\n\n").append(StudyMethods.text(panels)).append('\n');
		return o.toString();
	}

	public String html() {
		StringBuilder o = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
			.append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}" +
				"table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}" +
				"td:nth-child(-n+3),th:nth-child(-n+3){text-align:left}img{max-width:100%}.off{color:#b00}</style>" +
				"</head><body>\n<h1>").append(esc(title)).append("</h1>\n<p>Every number below is in <a href=\"")
			.append(CSV).append("\">").append(CSV).append("</a>. Statistics: two-way ANOVA (item x group, Type III) with " +
				"Sidak's comparisons of each group with the reference group within each item.</p>\n");
		for (StudyRun.PanelResult p : panels) {
			o.append("<h2>").append(esc(p.panel.figure)).append(": ").append(esc(p.description)).append("</h2>\n");
			for (String f : p.files) if (f.endsWith(".svg")) o.append("<p><img src=\"").append(esc(f)).append("\" alt=\"")
				.append(esc(p.panel.figure)).append("\"></p>\n");
			o.append("<p>Files:");
			for (String f : p.files) o.append(" <a href=\"").append(esc(f)).append("\">").append(esc(f)).append("</a>");
			o.append("</p>\n<table><tr><th>item</th><th>group</th><th>quantity</th><th>value</th><th>SD</th><th>n</th>" +
				"<th>P (adj.)</th><th>stars</th>").append(expected.isEmpty() ? "" : "<th>expected</th><th>difference</th>")
				.append("</tr>\n");
			for (StudyNumber n : p.numbers) {
				StudyExpected.Value e = expected.of(n);
				boolean off = e != null && !e.stars.isEmpty() && !e.stars.equals(n.stars);
				o.append("<tr><td>").append(esc(n.item)).append("</td><td>").append(esc(n.group)).append("</td><td>")
					.append(esc(n.quantity.replace('_', ' '))).append("</td><td>").append(fmt(n.value)).append("</td><td>")
					.append(fmt(n.sd)).append("</td><td>").append(n.n).append("</td><td>").append(esc(n.p)).append("</td><td")
					.append(off ? " class=\"off\"" : "").append('>').append(esc(n.stars)).append("</td>");
				if (!expected.isEmpty()) o.append("<td>").append(esc(expectedText(e))).append("</td><td>")
					.append(esc(diffText(n, e))).append("</td>");
				o.append("</tr>\n");
			}
			o.append("</table>\n");
			if (!p.notes.isEmpty()) {
				o.append("<ul>");
				for (String note : p.notes) o.append("<li>").append(esc(note)).append("</li>");
				o.append("</ul>\n");
			}
		}
		o.append("<h2>Methods (for the paper)</h2>\n<p>").append(esc(StudyMethods.text(panels))).append("</p>\n");
		return o.append("</body></html>\n").toString();
	}

	/** Relative difference of a measured value from the expected one; NaN when none is stated. */
	static double relDiff(double value, StudyExpected.Value e) {
		return e == null || Double.isNaN(e.value) || e.value == 0 ? Double.NaN : value / e.value - 1;
	}

	private static String expectedText(StudyExpected.Value e) {
		if (e == null) return "";
		String v = Double.isNaN(e.value) ? "" : fmt(e.value);
		return (v + " " + e.stars).trim();
	}

	private static String diffText(StudyNumber n, StudyExpected.Value e) {
		if (e == null) return "";
		double d = relDiff(n.value, e);
		// rounded first, so that -0.04 % reads 0.0 %, not -0.0 %
		double pct = Math.round(1000 * d) / 10.0;
		String s = Double.isNaN(d) ? "" : pct == 0 ? "0.0 %" : String.format(Locale.ROOT, "%+.1f %%", pct);
		if (!e.stars.isEmpty() && !e.stars.equals(n.stars)) s = (s + " stars differ").trim();
		return s;
	}

	/** Three significant digits (whole numbers from 100 up), never in exponent form. */
	static String fmt(double v) {
		if (Double.isNaN(v)) return "";
		if (v == 0) return "0";
		if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%.0f", v);
		// digits counted on the value rounded to three: 0.9999999 is 1.00, not 1.000
		double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
		int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(rounded))));
		return String.format(Locale.ROOT, "%." + digits + "f", v);
	}

	private static String cell(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	private static String[] code(List<String> files) {
		String[] c = new String[files.size()];
		for (int i = 0; i < c.length; i++) c[i] = "`" + files.get(i) + "`";
		return c;
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
