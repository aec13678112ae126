package org.blotfig.gel;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.blotfig.core.InputException;

/**
 * Blot scans held as ImgLib2 images (from scripts, or a Fiji Dataset's image) enter the gel core
 * here. Values are copied once into the float model in original units; 8- and 16-bit unsigned
 * types keep their type limits so that saturation at the ceiling is still recognised.
 */
public final class ImgLib2Images {

	private ImgLib2Images() {}

	public static <T extends RealType<T>> GelImage of(RandomAccessibleInterval<T> image) {
		if (image.numDimensions() != 2) throw new InputException("a blot scan must be a 2-D image, got " +
			image.numDimensions() + " dimensions");
		long w = image.dimension(0), h = image.dimension(1);
		if (w < 1 || h < 1 || w * h > Integer.MAX_VALUE) throw new InputException("image of " + w + " x " + h +
			" pixels cannot be analysed");
		float[] v = new float[(int) (w * h)];
		long x0 = image.min(0), y0 = image.min(1);
		Cursor<T> c = Views.flatIterable(image).localizingCursor();
		while (c.hasNext()) {
			T t = c.next();
			v[(int) ((c.getLongPosition(1) - y0) * w + c.getLongPosition(0) - x0)] = t.getRealFloat();
		}
		T type = image.getType();
		int width = (int) w, height = (int) h;
		if (type instanceof UnsignedByteType) return new GelImage(width, height, v, 8, 0, 255, false, false, 0, 0);
		if (type instanceof UnsignedShortType) return new GelImage(width, height, v, 16, 0, 65535, false, false, 0, 0);
		return GelImage.ofFloat(width, height, v);
	}
}
