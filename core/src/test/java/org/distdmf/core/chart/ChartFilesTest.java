package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartFilesTest {

    @TempDir
    Path folder;

    private static JFreeChart sampleChart() {
        return IterationChart.of("Recovery error", "NMSE", List.of(
                Series.indexed("ring graph", new double[] {1.0, 0.3, 0.09, 0.027}),
                Series.indexed("complete graph", new double[] {1.0, 0.1, 0.01, 0.001})), true);
    }

    @Test
    void pngFileDecodesToRequestedSize() throws Exception {
        Path file = folder.resolve("a/b/nmse.png");
        ChartFiles.writePng(sampleChart(), file, 640, 400);

        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO could not decode " + file);
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void pngBytesDecodeToRequestedSize() throws Exception {
        byte[] bytes = ChartFiles.pngBytes(sampleChart(), 300, 200);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image);
        assertEquals(300, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void svgFileIsXmlWithSizeAndText() throws Exception {
        Path file = folder.resolve("nested/nmse.svg");
        ChartFiles.writeSvg(sampleChart(), file, 800, 500);

        Document document = ChartTestSupport.parseXml(Files.readAllBytes(file));
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(800.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(500.0, Double.parseDouble(root.getAttribute("height")));
        String text = root.getTextContent();
        assertTrue(text.contains("Recovery error"), "title missing from SVG text");
        assertTrue(text.contains("ring graph"), "first series name missing from SVG text");
        assertTrue(text.contains("complete graph"), "second series name missing from SVG text");
        assertTrue(text.contains("iteration"), "horizontal axis label missing from SVG text");
    }

    @Test
    void writeBothCreatesPngAndSvgBesideStem() throws Exception {
        Path stem = folder.resolve("charts/run1/nmse");
        List<Path> written = ChartFiles.writeBoth(sampleChart(), stem, 400, 300);

        Path png = folder.resolve("charts/run1/nmse.png");
        Path svg = folder.resolve("charts/run1/nmse.svg");
        assertEquals(List.of(png, svg), written);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
        Element root = ChartTestSupport.parseXml(Files.readAllBytes(svg)).getDocumentElement();
        assertEquals(400.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(300.0, Double.parseDouble(root.getAttribute("height")));
    }

    @Test
    void invalidSizeRejectedWithValue() {
        JFreeChart chart = sampleChart();
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.pngBytes(chart, 0, 100));
        assertTrue(zero.getMessage().contains("width is 0"), zero.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.svgDocument(chart, 100, 20000));
        assertTrue(huge.getMessage().contains("height is 20000"), huge.getMessage());
    }
}
