package org.distdmf.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Picture of a communication graph: agents evenly spaced on a circle, agent 0 at the top and
 * indices increasing clockwise, edges as straight lines, each agent labelled with its index.
 *
 * <p>Node size, font size and edge opacity adapt to the agent and edge count so that graphs from
 * 2 to 200 agents stay legible, dense graphs included. When the labels of neighbouring agents would
 * overlap, only every k-th agent is labelled, with k the smallest of 1, 2, 5, 10, 20, 50, ... that
 * leaves room. The layout depends only on the agent count and the image size, never on the edges
 * or the installed fonts, so the same graph always gives the same node positions.
 */
public final class GraphPicture {

    /** Smallest accepted width or height in pixels. */
    public static final int MIN_SIDE = 160;

    private static final double MAX_NODE_RADIUS = 12;
    private static final double MIN_NODE_RADIUS = 2.5;
    private static final double LABEL_GAP = 4;
    private static final double PADDING = 4;

    private static final Color NODE_FILL = ChartStyle.seriesColor(0);
    private static final Color NODE_OUTLINE = new Color(0x0b3c61);
    private static final Color EDGE_COLOR = new Color(0x555555);

    static {
    }

    private GraphPicture() {
    }

    /**
     * Draws the graph on a white {@code width} x {@code height} RGB image.
     *
     * @param agentCount number of agents, at least 1
     * @param edges undirected edges as pairs {@code {i, j}} of distinct agent indices; a repeated edge
     *     is drawn twice, which only darkens it
     * @throws IllegalArgumentException if the agent count is below 1, a side is below {@link #MIN_SIDE}
     *     or above {@link ChartFiles#MAX_SIDE}, or an edge is not a pair of distinct valid indices
     */
    public static BufferedImage render(int agentCount, List<int[]> edges, int width, int height) {
        checkAgentCount(agentCount);
        checkSize(width, height);
        checkEdges(agentCount, edges);
        Layout layout = new Layout(agentCount, width, height);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            drawEdges(g2, layout, edges);
            drawNodes(g2, layout);
            drawLabels(g2, layout);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Draws the graph as in {@link #render} and encodes it as PNG bytes.
     *
     * @throws IllegalArgumentException as {@link #render}
     */
    public static byte[] pngBytes(int agentCount, List<int[]> edges, int width, int height) {
        return ChartFiles.pngBytes(render(agentCount, edges, width, height));
    }

    /**
     * Returns the centre of agent {@code agent} in image coordinates (x to the right, y down): on the
     * circle around the image centre, at angle {@code 2 pi agent / agentCount} clockwise from the top.
     *
     * @throws IllegalArgumentException if the agent index is outside {@code [0, agentCount)} or the
     *     agent count or size is invalid for {@link #render}
     */
    public static Point2D.Double agentPosition(int agent, int agentCount, int width, int height) {
        checkAgentCount(agentCount);
        checkSize(width, height);
        if (agent < 0 || agent >= agentCount) {
            throw new IllegalArgumentException("Agent index " + agent + " is outside 0 to " + (agentCount - 1));
        }
        return new Layout(agentCount, width, height).position(agent);
    }

    /**
     * Returns the radius in pixels of the circle the agents lie on.
     *
     * @throws IllegalArgumentException if the agent count or size is invalid for {@link #render}
     */
    public static double circleRadius(int agentCount, int width, int height) {
        checkAgentCount(agentCount);
        checkSize(width, height);
        return new Layout(agentCount, width, height).radius;
    }

    private static void drawEdges(Graphics2D g2, Layout layout, List<int[]> edges) {
        // A complete graph on 200 agents has 19900 edges. Beyond two edges per agent each line is
        // faded, so that dense graphs do not turn into a solid disc.
        int sparseLimit = 2 * layout.agentCount;
        double opacity = edges.size() <= sparseLimit ? 0.8 : Math.max(0.08, 0.8 * sparseLimit / edges.size());
        g2.setColor(new Color(EDGE_COLOR.getRed(), EDGE_COLOR.getGreen(), EDGE_COLOR.getBlue(),
                (int) Math.round(255 * opacity)));
        g2.setStroke(new BasicStroke(layout.agentCount <= 50 ? 1.3f : 0.8f));
        Line2D.Double line = new Line2D.Double();
        for (int[] edge : edges) {
            line.setLine(layout.position(edge[0]), layout.position(edge[1]));
            g2.draw(line);
        }
    }

    private static void drawNodes(Graphics2D g2, Layout layout) {
        double r = layout.nodeRadius;
        g2.setStroke(new BasicStroke((float) Math.min(1.5, r / 3)));
        Ellipse2D.Double node = new Ellipse2D.Double();
        for (int i = 0; i < layout.agentCount; i++) {
            Point2D.Double centre = layout.position(i);
            node.setFrame(centre.x - r, centre.y - r, 2 * r, 2 * r);
            g2.setColor(NODE_FILL);
            g2.fill(node);
            g2.setColor(NODE_OUTLINE);
            g2.draw(node);
        }
    }

    private static void drawLabels(Graphics2D g2, Layout layout) {
        g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, layout.fontSize));
        g2.setColor(ChartStyle.TEXT_COLOR);
        FontMetrics metrics = g2.getFontMetrics();
        for (int i = 0; i < layout.agentCount; i += layout.labelStride) {
            String text = Integer.toString(i);
            double textWidth = metrics.stringWidth(text);
            double textHeight = metrics.getAscent();
            double angle = layout.angle(i);
            double ux = Math.sin(angle);
            double uy = -Math.cos(angle);
            // Distance from the label's centre to its box edge along the outward direction, so the
            // box just clears the node whichever side of the circle it is on.
            double halfExtent = Math.min(
                    Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : textWidth / 2 / Math.abs(ux),
                    Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : textHeight / 2 / Math.abs(uy));
            double offset = layout.radius + layout.nodeRadius + LABEL_GAP + halfExtent;
            double cx = layout.centreX + offset * ux;
            double cy = layout.centreY + offset * uy;
            g2.drawString(text, (float) (cx - textWidth / 2), (float) (cy + textHeight / 2));
        }
    }

    private static void checkAgentCount(int agentCount) {
        if (agentCount < 1) {
            throw new IllegalArgumentException("Agent count is " + agentCount + "; a graph picture needs at least 1 agent");
        }
    }

    private static void checkSize(int width, int height) {
        ChartFiles.checkSize(width, height);
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("Graph picture size is " + width + " x " + height
                    + " pixels; each side must be at least " + MIN_SIDE);
        }
    }

    private static void checkEdges(int agentCount, List<int[]> edges) {
        Objects.requireNonNull(edges, "edges");
        for (int e = 0; e < edges.size(); e++) {
            int[] edge = edges.get(e);
            if (edge == null || edge.length != 2) {
                throw new IllegalArgumentException("edges[" + e + "] is "
                        + (edge == null ? "null" : "an array of length " + edge.length)
                        + "; each edge must be a pair {i, j} of agent indices");
            }
            for (int end : edge) {
                if (end < 0 || end >= agentCount) {
                    throw new IllegalArgumentException("edges[" + e + "] = [" + edge[0] + ", " + edge[1]
                            + "] refers to agent " + end + ", but agent indices run from 0 to " + (agentCount - 1));
                }
            }
            if (edge[0] == edge[1]) {
                throw new IllegalArgumentException("edges[" + e + "] = [" + edge[0] + ", " + edge[1]
                        + "] is a self-loop; list only edges between distinct agents");
            }
        }
    }

    /** Sizes and positions derived from the agent count and image size alone. */
    private static final class Layout {
        final int agentCount;
        final double centreX;
        final double centreY;
        final double radius;
        final double nodeRadius;
        final int fontSize;
        final int labelStride;

        Layout(int agentCount, int width, int height) {
            this.agentCount = agentCount;
            this.centreX = width / 2.0;
            this.centreY = height / 2.0;
            int side = Math.min(width, height);
            this.fontSize = (int) Math.max(9, Math.min(14, Math.round(side / 32.0)));

            // Label size is estimated from the font size (digit width about 0.65 em) rather than
            // measured, so that the layout does not depend on which fonts are installed.
            int digits = Integer.toString(agentCount - 1).length();
            double labelExtent = Math.max(fontSize, 0.65 * fontSize * digits);
            double margin = MAX_NODE_RADIUS + LABEL_GAP + labelExtent + PADDING;
            this.radius = side / 2.0 - margin;

            double spacing = 2 * Math.PI * radius / agentCount;
            this.nodeRadius = Math.max(MIN_NODE_RADIUS, Math.min(MAX_NODE_RADIUS, 0.3 * spacing));
            this.labelStride = labelStride(spacing, labelExtent + 2, agentCount);
        }

        private static int labelStride(double spacing, double needed, int agentCount) {
            int[] steps = {1, 2, 5};
            for (int scale = 1; scale <= agentCount; scale *= 10) {
                for (int step : steps) {
                    int stride = step * scale;
                    if (stride * spacing >= needed) {
                        return stride;
                    }
                }
            }
            return Math.max(1, agentCount);
        }

        double angle(int agent) {
            return 2 * Math.PI * agent / agentCount;
        }

        Point2D.Double position(int agent) {
            double angle = angle(agent);
            return new Point2D.Double(centreX + radius * Math.sin(angle), centreY - radius * Math.cos(angle));
        }
    }
}
