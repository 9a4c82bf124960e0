package org.distdmf.core.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Spectral radius {@code rho(J)} of the DGD iteration's Jacobian at a fixed point against the
 * learning-rate multiplier {@code c}, where every agent uses {@code eta_i = c * eta_bar_i}.
 * Perturbations shrink where {@code rho(J) < 1}.
 *
 * <p>The plot has two datasets. Dataset {@link #RHO_DATASET} contains the drawable {@code (c, rho)}
 * points. Dataset {@link #BOUNDARY_DATASET} contains the dashed line {@code rho = 1} as a two-point
 * series. It spans the c range extended to include 1 and {@code c*}, so the axes always show the
 * boundary and both vertical markers. The domain markers, in the foreground layer, are the stability
 * bound at {@code c = 1} and, when known, the critical multiplier {@code c*}.
 */
public final class SpectralRadiusChart {

    /** Index of the plot dataset with the spectral radius curve. */
    public static final int RHO_DATASET = 0;

    /** Index of the plot dataset with the line rho = 1. */
    public static final int BOUNDARY_DATASET = 1;

    /** Name of the spectral radius series. */
    public static final String RHO_SERIES = "\u03c1(J)";

    /** Name of the rho = 1 series. */
    public static final String BOUNDARY_SERIES = "\u03c1(J) = 1";

    /** Label of the vertical marker at c = 1. */
    public static final String BOUND_LABEL = "stability bound c = 1";

    private static final Color CRITICAL_COLOR = ChartStyle.seriesColor(3);

    private SpectralRadiusChart() {
    }

    /**
     * Builds the chart.
     *
     * <p>Points with a non-finite {@code rho} (an eigenvalue computation that failed) are not drawn.
     *
     * @param title chart title, or {@code null} for none
     * @param c multipliers, finite, in any order (the curve joins them in the order given)
     * @param rho {@code rho[k]} is the spectral radius at {@code c[k]}
     * @param cStar critical multiplier, the smallest c with {@code rho >= 1}; NaN or infinite when
     *     unknown, in which case no marker is drawn
     * @param xLabel label of the horizontal axis, or {@code null} for
     *     {@code "multiplier c (\u03b7_i = c \u00b7 \u03b7\u0304_i)"}
     * @throws IllegalArgumentException if {@code c} and {@code rho} differ in length or {@code c}
     *     contains a non-finite value
     */
    public static JFreeChart of(String title, double[] c, double[] rho, double cStar, String xLabel) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(rho, "rho");
        if (c.length != rho.length) {
            throw new IllegalArgumentException("c has " + c.length + " values but rho has " + rho.length
                    + "; pass one spectral radius per multiplier");
        }
        for (int k = 0; k < c.length; k++) {
            if (!Double.isFinite(c[k])) {
                throw new IllegalArgumentException("c[" + k + "] is " + c[k] + "; multipliers must be finite");
            }
        }
        boolean cStarKnown = Double.isFinite(cStar);

        XYSeriesCollection rhoData = new XYSeriesCollection();
        XYSeries curve = PlotPoints.drawable(new Series(RHO_SERIES, c, rho), false);
        rhoData.addSeries(curve);

        double xFrom = 1;
        double xTo = 1;
        for (double value : c) {
            xFrom = Math.min(xFrom, value);
            xTo = Math.max(xTo, value);
        }
        if (cStarKnown) {
            xFrom = Math.min(xFrom, cStar);
            xTo = Math.max(xTo, cStar);
        }
        XYSeriesCollection boundary = new XYSeriesCollection();
        boundary.addSeries(PlotPoints.horizontalLine(BOUNDARY_SERIES, 1, xFrom, xTo));

        XYLineAndShapeRenderer rhoRenderer = ChartStyle.lineRenderer(1, true);
        XYLineAndShapeRenderer boundaryRenderer = ChartStyle.dashedLineRenderer(ChartStyle.REFERENCE_COLOR);

        String axisLabel = xLabel != null ? xLabel : "multiplier c (\u03b7_i = c \u00b7 \u03b7\u0304_i)";
        XYPlot plot = ChartStyle.newPlot(rhoData, ChartStyle.valueAxis(axisLabel, false),
                ChartStyle.valueAxis("spectral radius \u03c1(J)", false), rhoRenderer);
        plot.setDataset(BOUNDARY_DATASET, boundary);
        plot.setRenderer(BOUNDARY_DATASET, boundaryRenderer);

        plot.addDomainMarker(verticalMarker(1, BOUND_LABEL, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT),
                Layer.FOREGROUND);
        if (cStarKnown) {
            ValueMarker critical = verticalMarker(cStar, criticalLabel(cStar), RectangleAnchor.BOTTOM_RIGHT,
                    TextAnchor.BOTTOM_LEFT);
            critical.setPaint(CRITICAL_COLOR);
            plot.addDomainMarker(critical, Layer.FOREGROUND);
        }
        return ChartStyle.newChart(title, plot);
    }

    /** Returns the label of the c* marker, for example {@code "c* = 1.374"}. */
    public static String criticalLabel(double cStar) {
        return "c* = " + String.format(Locale.ROOT, "%.4g", cStar);
    }

    /*
     * The bound's label sits at the top left of its line and c*'s at the bottom right, so the two
     * labels do not overlap when c* is close to 1.
     */
    private static ValueMarker verticalMarker(double value, String label, RectangleAnchor anchor, TextAnchor textAnchor) {
        ValueMarker marker = ChartStyle.referenceMarker(value, label);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }
}
