package org.distdmf.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;

/**
 * The shared look of every chart in this package: white background, light solid grid, sans-serif
 * fonts sized for an 800 x 500 pixel image, legend at the bottom, and a fixed colour palette so that
 * series {@code i} has the same colour in every chart and every run.
 *
 * <p>The palette is the 20-colour "tab20" scheme of matplotlib reordered so that the ten strong
 * colours come first and their ten light partners after them. Twenty agents therefore get twenty
 * different colours. From the 21st series on the colours repeat.
 */
public final class ChartStyle {

    private static final List<Color> PALETTE = List.of(
            new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf),
            new Color(0xaec7e8), new Color(0xffbb78), new Color(0x98df8a), new Color(0xff9896),
            new Color(0xc5b0d5), new Color(0xc49c94), new Color(0xf7b6d2), new Color(0xc7c7c7),
            new Color(0xdbdb8d), new Color(0x9edae5));

    /** Colour of reference lines and markers that belong to no series (bounds, the line rho = 1). */
    public static final Color REFERENCE_COLOR = new Color(0x333333);

    static final Color GRID_COLOR = new Color(0xdddddd);
    static final Color TEXT_COLOR = new Color(0x222222);

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final float LINE_WIDTH = 1.8f;

    private static final StandardChartTheme THEME;

    static {
        THEME = buildTheme();
    }

    private ChartStyle() {
    }

    /**
     * Returns the palette colour of series {@code index}, repeating after {@link #paletteSize()}
     * colours.
     *
     * @throws IllegalArgumentException if the index is negative
     */
    public static Color seriesColor(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Series index is " + index + "; it must be 0 or more");
        }
        return PALETTE.get(index % PALETTE.size());
    }

    /** Returns the number of distinct palette colours (20). */
    public static int paletteSize() {
        return PALETTE.size();
    }

    /**
     * Applies fonts, background, grid and legend position to a chart. Series colours are set by the
     * chart classes afterwards, because the JFreeChart theme clears automatically populated ones.
     */
    public static void apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(LEGEND_FONT);
            legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 10));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            Stroke gridStroke = new BasicStroke(0.6f);
            plot.setDomainGridlineStroke(gridStroke);
            plot.setRangeGridlineStroke(gridStroke);
            plot.setOutlinePaint(Color.GRAY);
        }
    }

    /*
     * Built once and only read afterwards. StandardChartTheme.apply gives each plot its own clone of
     * the drawing supplier, so one theme can serve every chart.
     */
    private static StandardChartTheme buildTheme() {
        StandardChartTheme theme = new StandardChartTheme("distdmf");
        theme.setExtraLargeFont(TITLE_FONT);
        theme.setLargeFont(LABEL_FONT);
        theme.setRegularFont(TICK_FONT);
        theme.setSmallFont(TICK_FONT);
        theme.setTitlePaint(TEXT_COLOR);
        theme.setSubtitlePaint(TEXT_COLOR);
        theme.setAxisLabelPaint(TEXT_COLOR);
        theme.setTickLabelPaint(TEXT_COLOR);
        theme.setLegendItemPaint(TEXT_COLOR);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.GRAY);
        theme.setDomainGridlinePaint(GRID_COLOR);
        theme.setRangeGridlinePaint(GRID_COLOR);
        theme.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE.toArray(new Paint[0]),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[] {solidStroke()},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.createStandardSeriesShapes()));
        return theme;
    }

    /** Creates the chart around a plot, with a legend, and applies this style. */
    static JFreeChart newChart(String title, XYPlot plot) {
        if (plot.getRangeAxis() instanceof LogAxis logAxis) {
            extendToDecades(plot, logAxis);
        }
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        apply(chart);
        return chart;
    }

    /*
     * LogAxis labels only whole powers of ten here, so data within one decade would get a single
     * labelled tick or none. Fixing the range to the enclosing powers of ten guarantees at least two.
     * The range is then no longer automatic, which is fine for charts drawn once from fixed data.
     */
    private static void extendToDecades(XYPlot plot, LogAxis axis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            Range bounds = dataset == null ? null : DatasetUtils.findRangeBounds(dataset, false);
            if (bounds != null) {
                min = Math.min(min, bounds.getLowerBound());
                max = Math.max(max, bounds.getUpperBound());
            }
        }
        if (!(min > 0 && max >= min)) {
            return;
        }
        double lowerExponent = Math.floor(Math.log10(min));
        double upperExponent = Math.ceil(Math.log10(max));
        if (upperExponent == lowerExponent) {
            upperExponent++;
        }
        axis.setRange(Math.pow(10, lowerExponent), Math.pow(10, upperExponent));
    }

    /** Creates an XY plot that draws {@code dataset} with {@code renderer} as dataset 0. */
    static XYPlot newPlot(XYDataset dataset, ValueAxis xAxis, ValueAxis yAxis, XYLineAndShapeRenderer renderer) {
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        return plot;
    }

    /** Returns a horizontal axis of iteration numbers with integer ticks. */
    static NumberAxis iterationAxis() {
        NumberAxis axis = new NumberAxis("iteration");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /**
     * Returns a linear axis that fits the data without forcing zero into the range, or a base-10
     * logarithmic axis with ticks at whole powers of ten.
     */
    static ValueAxis valueAxis(String label, boolean logarithmic) {
        if (logarithmic) {
            LogAxis axis = new LogAxis(label);
            axis.setBase(10);
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setMinorTickMarksVisible(true);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Returns a line renderer in which series {@code i} has palette colour {@code i}. */
    static XYLineAndShapeRenderer lineRenderer(int seriesCount, boolean shapes) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        Shape[] shapeSequence = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, seriesColor(i));
            renderer.setSeriesStroke(i, solidStroke());
            renderer.setSeriesShape(i, shapeSequence[i % shapeSequence.length]);
        }
        return renderer;
    }

    /**
     * Returns a renderer that draws every series of its dataset as a dashed line in one colour, for
     * reference lines that belong to no run.
     */
    static XYLineAndShapeRenderer dashedLineRenderer(Color color) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultPaint(color);
        renderer.setDefaultStroke(dashedStroke());
        return renderer;
    }

    static Stroke solidStroke() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashedStroke() {
        return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
    }

    /** Returns a labelled dashed marker line in the reference colour. */
    static ValueMarker referenceMarker(double value, String label) {
        ValueMarker marker = new ValueMarker(value, REFERENCE_COLOR, dashedStroke());
        marker.setLabel(label);
        marker.setLabelFont(TICK_FONT);
        marker.setLabelPaint(TEXT_COLOR);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        return marker;
    }
}
