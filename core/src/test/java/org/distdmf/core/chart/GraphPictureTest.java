package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class GraphPictureTest {

    private static final int WHITE = 0xffffff;

    private static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xffffff;
    }

    private static List<int[]> ring(int n) {
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new int[] {i, (i + 1) % n});
        }
        return edges;
    }

    @Test
    void agentsLieOnCircleClockwiseFromTop() {
        int n = 8;
        double radius = GraphPicture.circleRadius(n, 400, 300);
        assertTrue(radius > 0, "radius " + radius);
        assertTrue(radius < 150, "radius " + radius + " should leave room for labels in a 300 px high image");
        for (int i = 0; i < n; i++) {
            Point2D.Double position = GraphPicture.agentPosition(i, n, 400, 300);
            double angle = 2 * Math.PI * i / n;
            assertEquals(200 + radius * Math.sin(angle), position.x, 1e-9, "x of agent " + i);
            assertEquals(150 - radius * Math.cos(angle), position.y, 1e-9, "y of agent " + i);
        }
        Point2D.Double top = GraphPicture.agentPosition(0, n, 400, 300);
        Point2D.Double right = GraphPicture.agentPosition(2, n, 400, 300);
        assertEquals(200, top.x, 1e-9);
        assertTrue(top.y < 150);
        assertEquals(150, right.y, 1e-9);
        assertTrue(right.x > 200);
    }

    @Test
    void agentPixelsAreDrawn() {
        int n = 12;
        BufferedImage image = GraphPicture.render(n, ring(n), 500, 400);

        assertEquals(500, image.getWidth());
        assertEquals(400, image.getHeight());
        for (int i = 0; i < n; i++) {
            Point2D.Double position = GraphPicture.agentPosition(i, n, 500, 400);
            assertEquals(ChartStyle.seriesColor(0).getRGB() & 0xffffff, rgb(image, position.x, position.y),
                    "pixel at agent " + i + " should have the node colour");
        }
        assertEquals(WHITE, rgb(image, 1, 1), "corner should stay white");
        assertEquals(WHITE, rgb(image, 250, 200), "centre of a ring graph should stay white");
    }

    @Test
    void edgeThroughCentreIsDrawn() {
        int n = 8;
        BufferedImage withoutEdges = GraphPicture.render(n, List.of(), 300, 300);
        BufferedImage withDiameter = GraphPicture.render(n, List.of(new int[] {0, 4}), 300, 300);

        assertEquals(WHITE, rgb(withoutEdges, 150, 150));
        assertNotEquals(WHITE, rgb(withDiameter, 150, 150), "edge 0-4 passes through the centre");
        // Halfway between agent 0 and the centre lies on the same edge.
        Point2D.Double top = GraphPicture.agentPosition(0, n, 300, 300);
        assertNotEquals(WHITE, rgb(withDiameter, top.x, (top.y + 150) / 2));
        assertEquals(WHITE, rgb(withoutEdges, top.x, (top.y + 150) / 2));
    }

    @Test
    void twoHundredAgentsCompleteGraph() {
        int n = 200;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges.add(new int[] {i, j});
            }
        }
        BufferedImage image = GraphPicture.render(n, edges, 600, 600);

        for (int i = 0; i < n; i += 17) {
            Point2D.Double position = GraphPicture.agentPosition(i, n, 600, 600);
            assertNotEquals(WHITE, rgb(image, position.x, position.y), "agent " + i);
        }
        assertEquals(WHITE, rgb(image, 2, 2), "corner should stay white");
    }

    @Test
    void twoAgentsAtSmallestSize() {
        BufferedImage image = GraphPicture.render(2, List.of(new int[] {0, 1}), GraphPicture.MIN_SIDE,
                GraphPicture.MIN_SIDE);
        Point2D.Double first = GraphPicture.agentPosition(0, 2, GraphPicture.MIN_SIDE, GraphPicture.MIN_SIDE);
        Point2D.Double second = GraphPicture.agentPosition(1, 2, GraphPicture.MIN_SIDE, GraphPicture.MIN_SIDE);

        assertNotEquals(WHITE, rgb(image, first.x, first.y));
        assertNotEquals(WHITE, rgb(image, second.x, second.y));
        assertEquals(first.x, second.x, 1e-9, "two agents sit at top and bottom");
    }

    @Test
    void pngBytesDecode() throws Exception {
        byte[] bytes = GraphPicture.pngBytes(5, ring(5), 240, 200);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(240, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void invalidEdgesRejected() {
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> GraphPicture.render(5, List.of(new int[] {0, 1}, new int[] {2, 5}), 300, 300));
        assertTrue(outOfRange.getMessage().contains("edges[1] = [2, 5]"), outOfRange.getMessage());
        assertTrue(outOfRange.getMessage().contains("0 to 4"), outOfRange.getMessage());

        IllegalArgumentException loop = assertThrows(IllegalArgumentException.class,
                () -> GraphPicture.render(5, List.of(new int[] {3, 3}), 300, 300));
        assertTrue(loop.getMessage().contains("self-loop"), loop.getMessage());

        IllegalArgumentException triple = assertThrows(IllegalArgumentException.class,
                () -> GraphPicture.render(5, List.of(new int[] {0, 1, 2}), 300, 300));
        assertTrue(triple.getMessage().contains("length 3"), triple.getMessage());
    }

    @Test
    void tooSmallImageRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraphPicture.render(5, List.of(), 100, 300));
        assertTrue(error.getMessage().contains("100 x 300"), error.getMessage());
    }
}
