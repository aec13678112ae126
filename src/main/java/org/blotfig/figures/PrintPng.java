package org.blotfig.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG of its print size at a given resolution: the chart is laid out in points
 * exactly as in the PDF and SVG, and the drawing scaled to pixels (so type and lines keep their
 * sizes on paper, only sharper). The file says its resolution (a pHYs chunk), so that a layout
 * program places it at its size in mm rather than at 72 dpi.
 */
final class PrintPng {

	private static final String PNG_FORMAT = "javax_imageio_png_1.0";

	private PrintPng() {}

	static byte[] png(JFreeChart chart, FigureSize size, int dpi) {
		int w = size.widthPx(dpi), h = size.heightPx(dpi);
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			// points to pixels; per axis, so that the rounded pixel size is filled exactly
			g.scale(w / size.widthPt(), h / size.heightPt());
			chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
		}
		finally {
			g.dispose();
		}
		return encode(img, dpi);
	}

	/** PNG bytes of {@code img} with a pHYs chunk of {@code dpi} (in pixels per metre, as PNG stores it). */
	static byte[] encode(BufferedImage img, int dpi) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
		if (!writers.hasNext()) throw new IllegalStateException("this Java has no PNG writer");
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream os = ImageIO.createImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
			IIOMetadataNode phys = new IIOMetadataNode("pHYs");
			String perMetre = Long.toString(pixelsPerMetre(dpi));
			phys.setAttribute("pixelsPerUnitXAxis", perMetre);
			phys.setAttribute("pixelsPerUnitYAxis", perMetre);
			phys.setAttribute("unitSpecifier", "meter");
			IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
			root.appendChild(phys);
			meta.mergeTree(PNG_FORMAT, root);
			writer.setOutput(os);
			writer.write(null, new IIOImage(img, null, meta), param);
		}
		catch (IIOInvalidTreeException e) {
			throw new IllegalStateException("PNG resolution metadata: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** 300 dpi is 11811 pixels per metre. */
	static long pixelsPerMetre(int dpi) {
		return Math.round(dpi / (FigureSize.MM_PER_INCH / 1000));
	}
}
