package org.distdmf.core.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line chart of one figure (NMSE, consensus error, objective) against the iteration number, one
 * curve per run.
 */
public final class IterationChart {

    private IterationChart() {
    }

    /**
     * Builds the chart. Series {@code i} becomes series {@code i} of the plot's dataset 0 and gets
     * palette colour {@code i}.
     *
     * <p>Points with a non-finite coordinate are not drawn, and on a logarithmic axis neither are
     * points with {@code y <= 0}. A series left without points keeps its legend entry, so a run that
     * produced nothing drawable is still visibly accounted for. A diverged run's curve ends at its
     * last drawable point: nothing is extrapolated. A series with exactly one drawable point is drawn
     * as a marker shape, since a line needs two.
     *
     * @param title chart title, or {@code null} for none
     * @param yLabel label of the vertical axis, for example {@code "NMSE"}
     * @param runs one series per run, x = iteration; names must be distinct
     * @param logY whether the vertical axis is base-10 logarithmic
     * @throws IllegalArgumentException if {@code runs} is empty or repeats a name
     */
    public static JFreeChart of(String title, String yLabel, List<Series> runs, boolean logY) {
        PlotPoints.requireDistinctSeries(runs, "runs");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series run : runs) {
            dataset.addSeries(PlotPoints.drawable(run, logY));
        }

        XYLineAndShapeRenderer renderer = ChartStyle.lineRenderer(runs.size(), false);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            XYSeries drawn = dataset.getSeries(i);
            renderer.setSeriesShapesVisible(i, drawn.getItemCount() == 1);
        }

        XYPlot plot = ChartStyle.newPlot(dataset, ChartStyle.iterationAxis(),
                ChartStyle.valueAxis(yLabel, logY), renderer);
        return ChartStyle.newChart(title, plot);
    }
}
