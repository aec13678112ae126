package org.blotfig.commands;

/**
 * Menu placement shared by all blotfig commands: Analyze > blotfig > (area) > (command).
 * Use with {@code menu = { @Menu(label = MenuConstants.ANALYZE_LABEL, weight =
 * MenuConstants.ANALYZE_WEIGHT), @Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
 * @Menu(label = "Detect Lanes and Bands", weight = 1) }} so the entries sit properly in Fiji.
 */
public final class Menus {

	private Menus() {}

	public static final String ROOT = "blotfig";
	public static final String BLOTS = "Western Blot";
	public static final String FLOW = "Flow Cytometry";
	public static final String ELISA = "ELISA";
	public static final String STATS = "Statistics";
	public static final String FIGURES = "Figures";
}
