package org.distdmf.core.chart;

import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Final figures of a sweep over the edge probability {@code p} of Erdos-Renyi graphs
 * {@code G(n, p)}: one curve with point markers per figure, for example final NMSE and final
 * consensus error.
 */
public final class DensitySweepChart {

    /** Label of the horizontal axis. */
    public static final String X_LABEL = "edge probability p of the Erd\u0151s\u2013R\u00e9nyi graph G(n, p)";

    private DensitySweepChart() {
    }

    /**
     * Builds the chart. Figure {@code i} in the map's iteration order becomes series {@code i} of the
     * plot's dataset 0, so pass a {@link java.util.LinkedHashMap} to fix the order and the colours.
     *
     * <p>Points with a non-finite value are not drawn, and on a logarithmic axis neither are values
     * {@code <= 0}. A figure left without points keeps its legend entry.
     *
     * @param title chart title, or {@code null} for none
     * @param p edge probabilities, each in [0, 1]
     * @param figures figure name to values, {@code figures.get(name)[k]} belonging to {@code p[k]}
     * @param logY whether the vertical axis is base-10 logarithmic
     * @throws IllegalArgumentException if {@code figures} is empty, a name is blank, a value array
     *     differs in length from {@code p}, or a probability is outside [0, 1]
     */
    public static JFreeChart of(String title, double[] p, Map<String, double[]> figures, boolean logY) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(figures, "figures");
        for (int k = 0; k < p.length; k++) {
            if (!(p[k] >= 0 && p[k] <= 1)) {
                throw new IllegalArgumentException("p[" + k + "] is " + p[k]
                        + "; an edge probability must be between 0 and 1");
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("figures is empty; pass at least one named figure, such as final NMSE");
        }

        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, double[]> figure : figures.entrySet()) {
            String name = Objects.requireNonNull(figure.getKey(), "figure name");
            double[] values = Objects.requireNonNull(figure.getValue(), () -> "values of figure '" + name + "'");
            if (values.length != p.length) {
                throw new IllegalArgumentException("Figure '" + name + "' has " + values.length + " values but p has "
                        + p.length + "; pass one value per edge probability");
            }
            dataset.addSeries(PlotPoints.drawable(new Series(name, p, values), logY));
        }

        XYLineAndShapeRenderer renderer = ChartStyle.lineRenderer(dataset.getSeriesCount(), true);
        String yLabel = figures.size() == 1 ? figures.keySet().iterator().next() : "value at the final iteration";
        XYPlot plot = ChartStyle.newPlot(dataset, ChartStyle.valueAxis(X_LABEL, false),
                ChartStyle.valueAxis(yLabel, logY), renderer);
        return ChartStyle.newChart(title, plot);
    }
}
