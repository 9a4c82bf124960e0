package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class IterationChartTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void linearDatasetHoldsInputValues() {
        Series a = Series.indexed("seed 1", new double[] {4.0, 2.5, 1.25, 0.5});
        Series b = new Series("seed 2", new double[] {0, 10, 20}, new double[] {3.0, -1.0, 0.0});
        JFreeChart chart = IterationChart.of("Objective", "objective", List.of(a, b), false);

        XYPlot plot = chart.getXYPlot();
        XYDataset dataset = plot.getDataset();
        assertEquals(2, dataset.getSeriesCount());
        assertEquals("seed 1", dataset.getSeriesKey(0));
        assertEquals("seed 2", dataset.getSeriesKey(1));
        ChartTestSupport.assertPoints(dataset, 0, new double[] {0, 1, 2, 3}, new double[] {4.0, 2.5, 1.25, 0.5});
        // Negative values and zero are drawable on a linear axis.
        ChartTestSupport.assertPoints(dataset, 1, new double[] {0, 10, 20}, new double[] {3.0, -1.0, 0.0});
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis());
        assertEquals("iteration", plot.getDomainAxis().getLabel());
        assertEquals("objective", plot.getRangeAxis().getLabel());
    }

    @Test
    void logAxisDropsNonPositiveAndNonFinite() {
        Series run = Series.indexed("run", new double[] {1.0, 0.0, 1e-3, -2.0, NAN, 1e-6, INF});
        JFreeChart chart = IterationChart.of("NMSE", "NMSE", List.of(run), true);

        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        ChartTestSupport.assertPoints(plot.getDataset(), 0, new double[] {0, 2, 5}, new double[] {1.0, 1e-3, 1e-6});
        assertEquals(1e-6, plot.getRangeAxis().getLowerBound(), 1e-20);
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 1e-15);
    }

    @Test
    void logAxisWidensToWholeDecades() {
        Series run = Series.indexed("run", new double[] {20, 35, 80});
        JFreeChart chart = IterationChart.of("t", "sharpness", List.of(run), true);

        assertEquals(10.0, chart.getXYPlot().getRangeAxis().getLowerBound(), 1e-13);
        assertEquals(100.0, chart.getXYPlot().getRangeAxis().getUpperBound(), 1e-12);
    }

    @Test
    void linearAxisDropsOnlyNonFinite() {
        Series run = Series.indexed("run", new double[] {1.0, 0.0, NAN, -2.0, INF});
        JFreeChart chart = IterationChart.of(null, "objective", List.of(run), false);

        ChartTestSupport.assertPoints(chart.getXYPlot().getDataset(), 0,
                new double[] {0, 1, 3}, new double[] {1.0, 0.0, -2.0});
    }

    @Test
    void divergentRunEndsWhereDataEnds() {
        Series stable = Series.indexed("eta 0.01", new double[] {1, 0.5, 0.25, 0.125, 0.0625, 0.03});
        Series diverged = Series.indexed("eta 0.5", new double[] {1, 3, 90});
        JFreeChart chart = IterationChart.of("Consensus error", "consensus error", List.of(stable, diverged), true);

        XYDataset dataset = chart.getXYPlot().getDataset();
        assertEquals(6, dataset.getItemCount(0));
        assertEquals(3, dataset.getItemCount(1));
        assertEquals(2.0, dataset.getXValue(1, 2));
        assertEquals(5.0, chart.getXYPlot().getDomainAxis().getRange().getUpperBound(), 1.0,
                "x axis should end near the longest run's last iteration");
    }

    @Test
    void seriesWithoutDrawablePointsKeepsLegendEntry() {
        Series good = Series.indexed("good", new double[] {1, 0.1});
        Series empty = Series.indexed("all zero", new double[] {0, 0, -1});
        JFreeChart chart = IterationChart.of("NMSE", "NMSE", List.of(good, empty), true);

        XYPlot plot = chart.getXYPlot();
        assertEquals(0, plot.getDataset().getItemCount(1));
        LegendItemCollection legend = plot.getLegendItems();
        assertEquals(2, legend.getItemCount());
        assertEquals("good", legend.get(0).getLabel());
        assertEquals("all zero", legend.get(1).getLabel());
        // Drawing must not fail on the empty series.
        assertTrue(ChartFiles.pngBytes(chart, 200, 150).length > 0);
    }

    @Test
    void singlePointSeriesShowsShape() {
        Series single = Series.indexed("single", new double[] {0.5});
        Series line = Series.indexed("line", new double[] {0.5, 0.4});
        JFreeChart chart = IterationChart.of("t", "y", List.of(single, line), false);

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        assertTrue(renderer.getItemShapeVisible(0, 0));
        assertFalse(renderer.getItemShapeVisible(1, 0));
    }

    @Test
    void paletteColoursFollowSeriesOrder() {
        Series a = Series.indexed("a", new double[] {1, 2});
        Series b = Series.indexed("b", new double[] {1, 2});
        JFreeChart chart = IterationChart.of("t", "y", List.of(a, b), false);

        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        assertEquals(ChartStyle.seriesColor(0), renderer.getSeriesPaint(0));
        assertEquals(ChartStyle.seriesColor(1), renderer.getSeriesPaint(1));
        assertEquals(java.awt.Color.WHITE, chart.getBackgroundPaint());
        LegendTitle legend = chart.getLegend();
        assertEquals(RectangleEdge.BOTTOM, legend.getPosition());
    }

    @Test
    void duplicateNamesRejected() {
        Series a = Series.indexed("same", new double[] {1});
        Series b = Series.indexed("same", new double[] {2});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IterationChart.of("t", "y", List.of(a, b), false));
        assertTrue(error.getMessage().contains("'same'"), error.getMessage());
    }

    @Test
    void emptyRunListRejected() {
        assertThrows(IllegalArgumentException.class, () -> IterationChart.of("t", "y", List.of(), false));
    }
}
