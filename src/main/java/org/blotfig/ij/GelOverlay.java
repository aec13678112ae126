package org.blotfig.ij;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.gel.LaneKind;

/**
 * Draws the analysed image (contrast-stretched, as the user sees it) with the lane outlines
 * and band boxes, labelled, for overlay.png.
 */
public final class GelOverlay {

	private GelOverlay() {}

	public static BufferedImage render(GelImage img, GelResult r) {
		int w = img.width(), h = img.height();
		BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		float[] v = img.values();
		double[] range = range(v);
		double lo = range[0], span = Math.max(1e-12, range[1] - range[0]);
		boolean invert = img.invertedLut();
		byte[] data = ((java.awt.image.DataBufferByte) bi.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < v.length; i++) {
			double t = (v[i] - lo) / span;
			if (t != t) t = 0;
			int g = (int) Math.round(255 * Math.max(0, Math.min(1, t)));
			if (invert) g = 255 - g;
			data[3 * i] = data[3 * i + 1] = data[3 * i + 2] = (byte) g;
		}
		Graphics2D g2 = bi.createGraphics();
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		float stroke = Math.max(1, Math.max(w, h) / 800f);
		g2.setStroke(new BasicStroke(stroke));
		g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, Math.round(Math.max(w, h) / 80f))));
		for (Lane l : r.lanes) {
			Color c = l.kind == LaneKind.SAMPLE ? new Color(0, 200, 0) : l.kind == LaneKind.LADDER ?
				new Color(40, 120, 255) : new Color(160, 160, 160);
			g2.setColor(c);
			int rows = l.path.height();
			double hw = l.path.halfWidth();
			for (int side = -1; side <= 1; side += 2) {
				Path2D.Double p = new Path2D.Double();
				for (int y = 0; y < rows; y += Math.max(1, rows / 50)) {
					double x = l.xAt(y) + side * (hw + 0.5);
					if (y == 0) p.moveTo(x, y + l.originY);
					else p.lineTo(x, y + l.originY);
				}
				p.lineTo(l.xAt(rows - 1) + side * (hw + 0.5), rows + l.originY);
				g2.draw(p);
			}
			String label = l.index + (l.kind == LaneKind.SAMPLE ? "" : l.kind == LaneKind.LADDER ? " L" : " E");
			g2.drawString(label, (float) (l.xTop() - hw), (float) (l.originY + g2.getFont().getSize() + 2));
		}
		for (Band b : r.bands) {
			g2.setColor(b.flags.contains(BandFlag.SATURATED) ? Color.RED : new Color(255, 200, 0));
			g2.drawRect(b.left, b.top, b.right - b.left, b.bottom - b.top);
		}
		g2.dispose();
		return bi;
	}

	/** 0.1 and 99.9 percentiles of the finite values (subsampled). */
	private static double[] range(float[] v) {
		int stride = Math.max(1, v.length / 100_000);
		float[] s = new float[(v.length + stride - 1) / stride];
		int n = 0;
		for (int i = 0; i < v.length; i += stride) if (!Float.isNaN(v[i]) && !Float.isInfinite(v[i])) s[n++] = v[i];
		if (n == 0) return new double[] { 0, 1 };
		Arrays.sort(s, 0, n);
		return new double[] { s[(int) (0.001 * (n - 1))], s[(int) Math.ceil(0.999 * (n - 1))] };
	}
}
