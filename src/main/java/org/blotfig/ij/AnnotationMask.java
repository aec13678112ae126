package org.blotfig.ij;

/**
 * Coloured annotations burned into an RGB export (lane boxes, labels, separator lines): pixels
 * clearly coloured, grown into the connected pixels that are only weakly coloured. A thin
 * coloured line drawn over a grey blot is anti-aliased or blended with the grey, so its own
 * chroma can stay well under that of a solid stroke, yet it touches the strokes it crosses.
 */
final class AnnotationMask {

	private AnnotationMask() {}

	/** Chroma (max - min channel) of a seed: no grey scan comes near it. */
	static final int STRONG = 60;
	/** Chroma a pixel connected to a seed needs to count as annotation too. */
	static final int WEAK = 24;

	static int chroma(int p) {
		int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
		return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
	}

	/** True for annotation pixels of the packed RGB image {@code px} (w x h). */
	static boolean[] of(int[] px, int w, int h) {
		boolean[] mask = new boolean[px.length];
		int[] stack = new int[px.length];
		int top = 0;
		for (int i = 0; i < px.length; i++)
			if (chroma(px[i]) > STRONG) {
				mask[i] = true;
				stack[top++] = i;
			}
		while (top > 0) {
			int i = stack[--top], x = i % w, y = i / w;
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					int xx = x + dx, yy = y + dy;
					if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
					int j = yy * w + xx;
					if (!mask[j] && chroma(px[j]) > WEAK) {
						mask[j] = true;
						stack[top++] = j;
					}
				}
		}
		return mask;
	}
}
