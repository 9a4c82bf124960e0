package org.distdmf.core.chart;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Each agent's sharpness {@code lambda_max(H_i)} against the iteration, with the agent's stability
 * line {@code (1 + lambda_min(V)) / eta_i} drawn dashed in the same colour. An agent whose sharpness
 * curve stays below its line satisfies the learning-rate condition
 * {@code eta_i < (1 + lambda_min(V)) / lambda_max(H_i)} at every tracked iteration.
 *
 * <p>The plot has two datasets. Dataset {@link #SHARPNESS_DATASET} contains the drawable sharpness
 * points, series {@code i} for agent {@code i}. Dataset {@link #STABILITY_LINE_DATASET} contains one
 * two-point horizontal series per agent. The lines are series rather than JFreeChart markers
 * because the axis range then always includes them, even when every agent is far below its bound.
 */
public final class SharpnessChart {

    /** Index of the plot dataset with the sharpness curves. */
    public static final int SHARPNESS_DATASET = 0;

    /** Index of the plot dataset with the per-agent stability lines. */
    public static final int STABILITY_LINE_DATASET = 1;

    /**
     * Largest agent count for which the legend lists every agent by name. Beyond it the legend shows
     * only the two line styles, because 20 or more entries would crowd out the plot.
     */
    public static final int MAX_AGENTS_IN_LEGEND = 10;

    /** Legend text of the solid curves. */
    public static final String SHARPNESS_LEGEND = "sharpness \u03bb_max(H_i) (solid)";

    /** Legend text of the dashed lines. */
    public static final String STABILITY_LINE_LEGEND = "stability line (1 + \u03bb_min(V)) / \u03b7_i (dashed)";

    private SharpnessChart() {
    }

    /** Builds the chart with a linear vertical axis; see {@link #of(String, List, double[], boolean)}. */
    public static JFreeChart of(String title, List<Series> perAgentSharpness, double[] thresholds) {
        return of(title, perAgentSharpness, thresholds, false);
    }

    /**
     * Builds the chart.
     *
     * <p>Sharpness points with a non-finite coordinate are not drawn (for example iterations at which
     * sharpness was not tracked), and on a logarithmic axis neither are points with {@code y <= 0}.
     * Each stability line spans the x range of all drawable sharpness points, or [0, 1] if there is
     * none. On a logarithmic axis a non-positive threshold, which occurs when
     * {@code lambda_min(V) = -1}, leaves that agent's line series empty.
     *
     * @param title chart title, or {@code null} for none
     * @param perAgentSharpness one series per agent, in agent order, x = iteration; names distinct
     * @param thresholds {@code thresholds[i] = (1 + lambda_min(V)) / eta_i}, one per series, finite
     * @param logY whether the vertical axis is base-10 logarithmic
     * @throws IllegalArgumentException if the series list is empty or repeats a name, or if the number
     *     of thresholds differs from the number of series, or if a threshold is not finite
     */
    public static JFreeChart of(String title, List<Series> perAgentSharpness, double[] thresholds, boolean logY) {
        PlotPoints.requireDistinctSeries(perAgentSharpness, "perAgentSharpness");
        Objects.requireNonNull(thresholds, "thresholds");
        int agents = perAgentSharpness.size();
        if (thresholds.length != agents) {
            throw new IllegalArgumentException("thresholds has " + thresholds.length + " values but perAgentSharpness has "
                    + agents + " series; pass one stability threshold per agent");
        }
        for (int i = 0; i < agents; i++) {
            if (!Double.isFinite(thresholds[i])) {
                throw new IllegalArgumentException("thresholds[" + i + "] for series '" + perAgentSharpness.get(i).name()
                        + "' is " + thresholds[i] + "; a stability threshold must be finite");
            }
        }

        XYSeriesCollection sharpness = new XYSeriesCollection();
        for (Series agent : perAgentSharpness) {
            sharpness.addSeries(PlotPoints.drawable(agent, logY));
        }
        XYSeriesCollection lines = stabilityLines(perAgentSharpness, thresholds, sharpness, logY);

        XYLineAndShapeRenderer sharpnessRenderer = ChartStyle.lineRenderer(agents, false);
        XYLineAndShapeRenderer lineRenderer = ChartStyle.dashedLineRenderer(ChartStyle.REFERENCE_COLOR);
        for (int i = 0; i < agents; i++) {
            sharpnessRenderer.setSeriesShapesVisible(i, sharpness.getSeries(i).getItemCount() == 1);
            lineRenderer.setSeriesPaint(i, ChartStyle.seriesColor(i));
        }

        XYPlot plot = ChartStyle.newPlot(sharpness, ChartStyle.iterationAxis(),
                ChartStyle.valueAxis("sharpness \u03bb_max(H_i)", logY), sharpnessRenderer);
        plot.setDataset(STABILITY_LINE_DATASET, lines);
        plot.setRenderer(STABILITY_LINE_DATASET, lineRenderer);
        plot.setFixedLegendItems(legendItems(perAgentSharpness));
        return ChartStyle.newChart(title, plot);
    }

    private static XYSeriesCollection stabilityLines(List<Series> agents, double[] thresholds,
            XYSeriesCollection sharpness, boolean logY) {
        double xFrom = Double.POSITIVE_INFINITY;
        double xTo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sharpness.getSeriesCount(); i++) {
            XYSeries drawn = sharpness.getSeries(i);
            if (drawn.getItemCount() > 0) {
                xFrom = Math.min(xFrom, drawn.getMinX());
                xTo = Math.max(xTo, drawn.getMaxX());
            }
        }
        if (xFrom > xTo) {
            xFrom = 0;
            xTo = 1;
        }

        XYSeriesCollection lines = new XYSeriesCollection();
        for (int i = 0; i < agents.size(); i++) {
            String key = "stability line " + agents.get(i).name();
            if (logY && thresholds[i] <= 0) {
                lines.addSeries(new XYSeries(key, false, true));
            } else {
                lines.addSeries(PlotPoints.horizontalLine(key, thresholds[i], xFrom, xTo));
            }
        }
        return lines;
    }

    private static LegendItemCollection legendItems(List<Series> agents) {
        LegendItemCollection items = new LegendItemCollection();
        Shape sample = new Line2D.Double(-8, 0, 8, 0);
        if (agents.size() <= MAX_AGENTS_IN_LEGEND) {
            for (int i = 0; i < agents.size(); i++) {
                items.add(lineItem(agents.get(i).name(), sample, ChartStyle.solidStroke(), ChartStyle.seriesColor(i)));
            }
        }
        items.add(lineItem(SHARPNESS_LEGEND, sample, ChartStyle.solidStroke(), ChartStyle.REFERENCE_COLOR));
        items.add(lineItem(STABILITY_LINE_LEGEND, sample, ChartStyle.dashedStroke(), ChartStyle.REFERENCE_COLOR));
        return items;
    }

    private static LegendItem lineItem(String label, Shape sample, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, sample, stroke, paint);
    }
}
