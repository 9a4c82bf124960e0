package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SpectralRadiusChartTest {

    private static final double[] C = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5};
    private static final double[] RHO = quadraticRingRho(C);

    /*
     * Closed form for L_i(x) = (h/2)||x||^2 on a ring of 4 agents with weights 1/3 (self and both
     * neighbours): mu_k(V) = 1/3 + (2/3) cos(pi k / 2) = {1, 1/3, -1/3, 1/3}, so eta_bar h = 2/3 and
     * rho(J) = max_k |mu_k - (2/3) c|. The bound is tight: rho = 1 exactly at c = 1.
     */
    private static double[] quadraticRingRho(double[] c) {
        double[] mu = {1.0, 1.0 / 3, -1.0 / 3, 1.0 / 3};
        double[] rho = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            for (double eigenvalue : mu) {
                rho[k] = Math.max(rho[k], Math.abs(eigenvalue - 2.0 / 3 * c[k]));
            }
        }
        return rho;
    }

    private static List<ValueMarker> domainMarkers(XYPlot plot) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        List<ValueMarker> result = new ArrayList<>();
        if (markers != null) {
            for (Object marker : markers) {
                result.add((ValueMarker) marker);
            }
        }
        return result;
    }

    @Test
    void datasetHoldsInputValues() {
        JFreeChart chart = SpectralRadiusChart.of("Stability", C, RHO, 1.0, null);

        XYDataset rho = chart.getXYPlot().getDataset(SpectralRadiusChart.RHO_DATASET);
        assertEquals(1, rho.getSeriesCount());
        assertEquals(SpectralRadiusChart.RHO_SERIES, rho.getSeriesKey(0));
        ChartTestSupport.assertPoints(rho, 0, C, RHO);
        assertEquals(1.0, rho.getYValue(0, 3), 1e-15, "rho at c = 1 on the model problem");
    }

    @Test
    void markersAtBoundAndCriticalMultiplier() {
        JFreeChart chart = SpectralRadiusChart.of("Stability", C, RHO, 1.374, "c");

        List<ValueMarker> markers = domainMarkers(chart.getXYPlot());
        assertEquals(2, markers.size());
        assertEquals(1.0, markers.get(0).getValue(), 0.0);
        assertEquals(SpectralRadiusChart.BOUND_LABEL, markers.get(0).getLabel());
        assertEquals(1.374, markers.get(1).getValue(), 0.0);
        assertEquals("c* = 1.374", markers.get(1).getLabel());
        assertEquals("c", chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void unknownCriticalMultiplierLeavesOnlyBound() {
        JFreeChart chart = SpectralRadiusChart.of("Stability", C, RHO, Double.NaN, null);

        List<ValueMarker> markers = domainMarkers(chart.getXYPlot());
        assertEquals(1, markers.size());
        assertEquals(1.0, markers.get(0).getValue(), 0.0);
    }

    @Test
    void boundaryLineSpansMarkersOutsideSweep() {
        double[] c = {0.2, 0.4, 0.6};
        double[] rho = {0.9, 0.8, 0.7};
        JFreeChart chart = SpectralRadiusChart.of("Stability", c, rho, 2.5, null);

        XYPlot plot = chart.getXYPlot();
        XYDataset boundary = plot.getDataset(SpectralRadiusChart.BOUNDARY_DATASET);
        assertEquals(SpectralRadiusChart.BOUNDARY_SERIES, boundary.getSeriesKey(0));
        ChartTestSupport.assertPoints(boundary, 0, new double[] {0.2, 2.5}, new double[] {1.0, 1.0});
        AbstractRenderer boundaryRenderer = (AbstractRenderer) plot.getRenderer(SpectralRadiusChart.BOUNDARY_DATASET);
        assertEquals(ChartStyle.REFERENCE_COLOR, boundaryRenderer.lookupSeriesPaint(0));
        assertTrue(((BasicStroke) boundaryRenderer.lookupSeriesStroke(0)).getDashArray() != null,
                "line rho = 1 should be dashed");
        assertTrue(plot.getDomainAxis().getRange().contains(1.0), "x range " + plot.getDomainAxis().getRange());
        assertTrue(plot.getDomainAxis().getRange().contains(2.5), "x range " + plot.getDomainAxis().getRange());
        assertTrue(plot.getRangeAxis().getRange().contains(1.0), "y range " + plot.getRangeAxis().getRange());
    }

    @Test
    void nonFiniteRhoNotDrawn() {
        double[] c = {0.5, 1.0, 1.5};
        double[] rho = {0.9, Double.NaN, 1.2};
        JFreeChart chart = SpectralRadiusChart.of("Stability", c, rho, Double.NaN, null);

        ChartTestSupport.assertPoints(chart.getXYPlot().getDataset(SpectralRadiusChart.RHO_DATASET), 0,
                new double[] {0.5, 1.5}, new double[] {0.9, 1.2});
    }

    @Test
    void lengthMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpectralRadiusChart.of("t", new double[] {1, 2, 3}, new double[] {1, 2}, Double.NaN, null));
        assertTrue(error.getMessage().contains("c has 3 values"), error.getMessage());
        assertTrue(error.getMessage().contains("rho has 2"), error.getMessage());
    }

    @Test
    void nonFiniteMultiplierRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpectralRadiusChart.of("t", new double[] {1, Double.NaN}, new double[] {1, 2}, Double.NaN, null));
        assertTrue(error.getMessage().contains("c[1] is NaN"), error.getMessage());
    }

    @Test
    void svgContainsMarkerLabels() throws Exception {
        JFreeChart chart = SpectralRadiusChart.of("Spectral radius", C, RHO, 1.374, null);
        Element root = ChartTestSupport.parseXml(ChartFiles.svgDocument(chart, 800, 500)).getDocumentElement();

        String text = root.getTextContent();
        assertTrue(text.contains("Spectral radius"), "title missing");
        assertTrue(text.contains(SpectralRadiusChart.BOUND_LABEL), "bound label missing");
        assertTrue(text.contains("c* = 1.374"), "c* label missing");
    }
}
