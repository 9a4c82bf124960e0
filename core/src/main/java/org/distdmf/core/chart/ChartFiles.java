package org.distdmf.core.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts as PNG (raster, for reports and the KNIME image port) and SVG (vector, for papers).
 *
 * <p>Everything is drawn off-screen into images, so it works in headless and desktop JVMs alike; a
 * program without a display should run with {@code java.awt.headless=true}, which the command line
 * sets. Every method that takes a file creates missing parent folders and overwrites an existing file.
 */
public final class ChartFiles {

    /**
     * Largest accepted width or height in pixels. A 16384 x 16384 ARGB image already needs 1 GiB,
     * so anything larger is almost certainly a typo.
     */
    public static final int MAX_SIDE = 16384;

    private static final Logger LOG = Logger.getLogger(ChartFiles.class.getName());

    static {
    }

    private ChartFiles() {
    }

    /**
     * Writes the chart as a PNG image of {@code width} x {@code height} pixels.
     *
     * @throws IllegalArgumentException if a side is below 1 or above {@link #MAX_SIDE}
     * @throws IOException if the folder cannot be created or the file cannot be written
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        Objects.requireNonNull(chart, "chart");
        checkSize(width, height);
        createParent(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        }
        LOG.log(Level.FINE, "Wrote PNG chart {0}", file);
    }

    /**
     * Writes an image, such as a {@link GraphPicture}, as a PNG file.
     *
     * @throws IOException if the folder cannot be created or the file cannot be written
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Objects.requireNonNull(image, "image");
        createParent(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
        LOG.log(Level.FINE, "Wrote PNG image {0}", file);
    }

    /**
     * Writes the chart as an SVG document whose {@code width} and {@code height} attributes are the
     * given sizes in pixels, encoded in UTF-8. The title, legend and horizontal axis texts are SVG
     * {@code <text>} elements, so they stay searchable and editable. The rotated vertical axis label
     * and the superscripted tick labels of a log axis become outlines, because JFreeChart 1.5.6 draws
     * them as attributed strings and JFreeSVG 5.0.6 converts those to paths.
     *
     * @throws IllegalArgumentException if a side is below 1 or above {@link #MAX_SIDE}
     * @throws IOException if the folder cannot be created or the file cannot be written
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        String document = svgDocument(chart, width, height);
        createParent(file);
        Files.writeString(file, document, StandardCharsets.UTF_8);
        LOG.log(Level.FINE, "Wrote SVG chart {0}", file);
    }

    /**
     * Writes {@code stem.png} and {@code stem.svg} next to each other: {@code out/nmse} gives
     * {@code out/nmse.png} and {@code out/nmse.svg}.
     *
     * @return the PNG and SVG paths, in that order
     * @throws IllegalArgumentException if a side is below 1 or above {@link #MAX_SIDE}
     * @throws IOException if the folder cannot be created or a file cannot be written
     */
    public static List<Path> writeBoth(JFreeChart chart, Path stem, int width, int height) throws IOException {
        Objects.requireNonNull(stem, "stem");
        Path png = stem.resolveSibling(stem.getFileName() + ".png");
        Path svg = stem.resolveSibling(stem.getFileName() + ".svg");
        writePng(chart, png, width, height);
        writeSvg(chart, svg, width, height);
        return List.of(png, svg);
    }

    /**
     * Encodes the chart as PNG bytes of {@code width} x {@code height} pixels.
     *
     * @throws IllegalArgumentException if a side is below 1 or above {@link #MAX_SIDE}
     */
    public static byte[] pngBytes(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        checkSize(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            // A ByteArrayOutputStream does not throw, so only a failing PNG encoder ends up here.
            throw new UncheckedIOException("PNG encoding of the chart failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Encodes an image as PNG bytes.
     */
    public static byte[] pngBytes(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of the image failed", e);
        }
    }

    /**
     * Draws the chart into an SVG document of {@code width} x {@code height} pixels and returns it,
     * XML declaration included.
     *
     * @throws IllegalArgumentException if a side is below 1 or above {@link #MAX_SIDE}
     */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    static void checkSize(int width, int height) {
        checkSide("width", width);
        checkSide("height", height);
    }

    private static void checkSide(String name, int value) {
        if (value < 1 || value > MAX_SIDE) {
            throw new IllegalArgumentException("Image " + name + " is " + value + " pixels; it must be between 1 and "
                    + MAX_SIDE);
        }
    }

    private static void createParent(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
