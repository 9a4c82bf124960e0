package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SharpnessChartTest {

    private static List<Series> agents(int count) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double base = 1.0 + i;
            series.add(new Series("agent " + i, new double[] {0, 10, 20}, new double[] {base, base * 1.5, base * 2}));
        }
        return series;
    }

    private static double[] thresholds(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = 10.0 + i;
        }
        return values;
    }

    @Test
    void sharpnessDatasetHoldsInputValues() {
        List<Series> agents = List.of(
                new Series("agent 0", new double[] {0, 5, 10}, new double[] {2.0, 2.5, 2.75}),
                new Series("agent 1", new double[] {0, 5, 10}, new double[] {1.0, Double.NaN, 1.5}));
        JFreeChart chart = SharpnessChart.of("Sharpness", agents, new double[] {3.2, 4.8});

        XYDataset sharpness = chart.getXYPlot().getDataset(SharpnessChart.SHARPNESS_DATASET);
        assertEquals(2, sharpness.getSeriesCount());
        ChartTestSupport.assertPoints(sharpness, 0, new double[] {0, 5, 10}, new double[] {2.0, 2.5, 2.75});
        // The untracked iteration (NaN) is not drawn.
        ChartTestSupport.assertPoints(sharpness, 1, new double[] {0, 10}, new double[] {1.0, 1.5});
    }

    @Test
    void stabilityLinesAreHorizontalAtThresholds() {
        List<Series> agents = List.of(
                new Series("agent 0", new double[] {0, 5, 10}, new double[] {2.0, 2.5, 2.75}),
                new Series("agent 1", new double[] {2, 8}, new double[] {1.0, 1.5}));
        JFreeChart chart = SharpnessChart.of("Sharpness", agents, new double[] {3.2, 4.8});

        XYPlot plot = chart.getXYPlot();
        XYDataset lines = plot.getDataset(SharpnessChart.STABILITY_LINE_DATASET);
        assertEquals(2, lines.getSeriesCount());
        // Both lines span the x range of all drawable sharpness points, 0 to 10.
        ChartTestSupport.assertPoints(lines, 0, new double[] {0, 10}, new double[] {3.2, 3.2});
        ChartTestSupport.assertPoints(lines, 1, new double[] {0, 10}, new double[] {4.8, 4.8});

        XYItemRenderer lineRenderer = plot.getRenderer(SharpnessChart.STABILITY_LINE_DATASET);
        XYItemRenderer curveRenderer = plot.getRenderer(SharpnessChart.SHARPNESS_DATASET);
        for (int i = 0; i < 2; i++) {
            assertEquals(ChartStyle.seriesColor(i), lineRenderer.getSeriesPaint(i), "line colour of agent " + i);
            assertEquals(ChartStyle.seriesColor(i), curveRenderer.getSeriesPaint(i), "curve colour of agent " + i);
            BasicStroke stroke = (BasicStroke) ((AbstractRenderer) lineRenderer).lookupSeriesStroke(i);
            assertTrue(stroke.getDashArray() != null, "stability line of agent " + i + " should be dashed");
        }
        // The axis range includes the highest line even though all sharpness values lie below it.
        assertTrue(plot.getRangeAxis().getRange().contains(4.8), "range " + plot.getRangeAxis().getRange());
    }

    @Test
    void legendListsAgentsOnlyWhenFew() {
        JFreeChart few = SharpnessChart.of("few", agents(3), thresholds(3));
        LegendItemCollection fewItems = few.getXYPlot().getLegendItems();
        assertEquals(5, fewItems.getItemCount());
        assertEquals("agent 0", fewItems.get(0).getLabel());
        assertEquals("agent 2", fewItems.get(2).getLabel());
        assertEquals(SharpnessChart.SHARPNESS_LEGEND, fewItems.get(3).getLabel());
        assertEquals(SharpnessChart.STABILITY_LINE_LEGEND, fewItems.get(4).getLabel());

        JFreeChart many = SharpnessChart.of("many", agents(20), thresholds(20));
        LegendItemCollection manyItems = many.getXYPlot().getLegendItems();
        assertEquals(2, manyItems.getItemCount());
        assertEquals(SharpnessChart.SHARPNESS_LEGEND, manyItems.get(0).getLabel());
        assertEquals(SharpnessChart.STABILITY_LINE_LEGEND, manyItems.get(1).getLabel());
        assertEquals(20, many.getXYPlot().getDataset(SharpnessChart.SHARPNESS_DATASET).getSeriesCount());
        assertEquals(20, many.getXYPlot().getDataset(SharpnessChart.STABILITY_LINE_DATASET).getSeriesCount());
    }

    @Test
    void twentyAgentsGetDistinctColours() {
        JFreeChart chart = SharpnessChart.of("many", agents(20), thresholds(20));
        XYItemRenderer renderer = chart.getXYPlot().getRenderer(SharpnessChart.SHARPNESS_DATASET);
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < i; j++) {
                assertTrue(!renderer.getSeriesPaint(i).equals(renderer.getSeriesPaint(j)),
                        "agents " + j + " and " + i + " share a colour");
            }
        }
    }

    @Test
    void logAxisDropsNonPositiveThresholdLine() {
        List<Series> agents = List.of(
                new Series("agent 0", new double[] {0, 1, 2}, new double[] {0.5, 0.0, 2.0}),
                new Series("agent 1", new double[] {0, 1, 2}, new double[] {1.0, 1.1, 1.2}));
        // lambda_min(V) = -1 (a bipartite graph) makes every threshold 0.
        JFreeChart chart = SharpnessChart.of("log", agents, new double[] {0.0, 3.0}, true);

        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        ChartTestSupport.assertPoints(plot.getDataset(SharpnessChart.SHARPNESS_DATASET), 0,
                new double[] {0, 2}, new double[] {0.5, 2.0});
        XYDataset lines = plot.getDataset(SharpnessChart.STABILITY_LINE_DATASET);
        assertEquals(0, lines.getItemCount(0));
        ChartTestSupport.assertPoints(lines, 1, new double[] {0, 2}, new double[] {3.0, 3.0});
        // Data from 0.5 to 3 is widened to the enclosing powers of ten.
        assertEquals(0.1, plot.getRangeAxis().getLowerBound(), 1e-15);
        assertEquals(10.0, plot.getRangeAxis().getUpperBound(), 1e-13);
    }

    @Test
    void thresholdCountMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SharpnessChart.of("t", agents(3), thresholds(2)));
        assertTrue(error.getMessage().contains("2 values"), error.getMessage());
        assertTrue(error.getMessage().contains("3 series"), error.getMessage());
    }

    @Test
    void nonFiniteThresholdRejectedNamingSeries() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SharpnessChart.of("t", agents(2), new double[] {1.0, Double.POSITIVE_INFINITY}));
        assertTrue(error.getMessage().contains("'agent 1'"), error.getMessage());
    }

    @Test
    void svgContainsTitleAndLegendText() throws Exception {
        JFreeChart chart = SharpnessChart.of("Sharpness per agent", agents(3), thresholds(3));
        Element root = ChartTestSupport.parseXml(ChartFiles.svgDocument(chart, 700, 450)).getDocumentElement();

        assertEquals("svg", root.getLocalName());
        String text = root.getTextContent();
        assertTrue(text.contains("Sharpness per agent"), "title missing");
        assertTrue(text.contains("agent 2"), "agent legend entry missing");
        assertTrue(text.contains("stability line"), "stability line legend entry missing");
    }
}
