package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DensitySweepChartTest {

    // Ten probabilities evenly spaced from ln(10)/10 + 0.001 to 1, as in a sweep over G(10, p).
    private static final double[] P = evenlySpaced(Math.log(10) / 10 + 0.001, 1.0, 10);

    private static double[] evenlySpaced(double from, double to, int count) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = from + (to - from) * k / (count - 1);
        }
        return values;
    }

    private static Map<String, double[]> figures() {
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", new double[] {0.2, 0.11, 0.05, 0.03, 0.02, 0.015, 0.012, 0.011, 0.0105, 0.01});
        figures.put("final consensus error", new double[] {1e-2, 5e-3, 0.0, 1e-3, 5e-4, 2e-4, 1e-4, 5e-5, 2e-5, 1e-5});
        return figures;
    }

    @Test
    void datasetHoldsInputValuesInMapOrder() {
        JFreeChart chart = DensitySweepChart.of("Density sweep", P, figures(), false);

        XYPlot plot = chart.getXYPlot();
        XYDataset dataset = plot.getDataset();
        assertEquals(2, dataset.getSeriesCount());
        assertEquals("final NMSE", dataset.getSeriesKey(0));
        assertEquals("final consensus error", dataset.getSeriesKey(1));
        ChartTestSupport.assertPoints(dataset, 0, P, figures().get("final NMSE"));
        ChartTestSupport.assertPoints(dataset, 1, P, figures().get("final consensus error"));
        assertEquals(0.2312585093, P[0], 1e-10);
        assertEquals(DensitySweepChart.X_LABEL, plot.getDomainAxis().getLabel());
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis());

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        assertTrue(renderer.getItemShapeVisible(0, 0), "points should carry markers");
        assertTrue(renderer.getItemLineVisible(0, 0), "points should be joined by lines");
    }

    @Test
    void logAxisDropsZero() {
        JFreeChart chart = DensitySweepChart.of("Density sweep", P, figures(), true);

        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        XYDataset dataset = plot.getDataset();
        assertEquals(10, dataset.getItemCount(0));
        assertEquals(9, dataset.getItemCount(1));
        double[] consensus = figures().get("final consensus error");
        int item = 0;
        for (int k = 0; k < P.length; k++) {
            if (k == 2) {
                continue;
            }
            assertEquals(P[k], dataset.getXValue(1, item), 0.0);
            assertEquals(consensus[k], dataset.getYValue(1, item), 0.0);
            item++;
        }
    }

    @Test
    void singleFigureNamesYAxis() {
        Map<String, double[]> single = Map.of("final NMSE", new double[] {0.3, 0.2});
        JFreeChart chart = DensitySweepChart.of("t", new double[] {0.3, 0.6}, single, false);

        assertEquals("final NMSE", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void lengthMismatchNamesFigure() {
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", new double[] {0.3, 0.2});
        figures.put("final consensus error", new double[] {0.1});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DensitySweepChart.of("t", new double[] {0.3, 0.6}, figures, false));
        assertTrue(error.getMessage().contains("'final consensus error'"), error.getMessage());
        assertTrue(error.getMessage().contains("1 values"), error.getMessage());
        assertTrue(error.getMessage().contains("p has 2"), error.getMessage());
    }

    @Test
    void probabilityOutsideUnitIntervalRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DensitySweepChart.of("t", new double[] {0.5, 1.5}, Map.of("a", new double[] {1, 2}), false));
        assertTrue(error.getMessage().contains("p[1] is 1.5"), error.getMessage());
    }

    @Test
    void emptyFiguresRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> DensitySweepChart.of("t", new double[] {0.5}, Map.of(), false));
    }

    @Test
    void svgContainsFigureNames() throws Exception {
        JFreeChart chart = DensitySweepChart.of("Density sweep", P, figures(), true);
        Element root = ChartTestSupport.parseXml(ChartFiles.svgDocument(chart, 800, 500)).getDocumentElement();

        String text = root.getTextContent();
        assertTrue(text.contains("Density sweep"), "title missing");
        assertTrue(text.contains("final NMSE"), "first figure missing");
        assertTrue(text.contains("final consensus error"), "second figure missing");
    }
}
