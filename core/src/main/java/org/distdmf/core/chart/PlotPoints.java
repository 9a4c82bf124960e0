package org.distdmf.core.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jfree.data.xy.XYSeries;

/**
 * Conversion of plain values to JFreeChart series, dropping the points an axis cannot show.
 *
 * <p>A point is drawable when both coordinates are finite and, on a logarithmic y axis, y is
 * positive. An infinite value would stretch a linear axis to infinity, and a log axis has no
 * position for {@code y <= 0}. Kept points stay in input order, so item {@code j} of the result is the
 * {@code j}-th drawable input point.
 */
final class PlotPoints {

    private static final Logger LOG = Logger.getLogger(PlotPoints.class.getName());

    private PlotPoints() {
    }

    static boolean isDrawable(double x, double y, boolean logY) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0);
    }

    /** Returns the drawable points of {@code series} under the key {@code series.name()}. */
    static XYSeries drawable(Series series, boolean logY) {
        return drawable(series.name(), series, logY);
    }

    /** Returns the drawable points of {@code series} under another key. */
    static XYSeries drawable(String key, Series series, boolean logY) {
        XYSeries result = new XYSeries(key, false, true);
        int dropped = 0;
        for (int k = 0; k < series.size(); k++) {
            if (isDrawable(series.x(k), series.y(k), logY)) {
                result.add(series.x(k), series.y(k), false);
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            LOG.log(Level.FINE, "Series ''{0}'': {1} of {2} points not drawn (non-finite{3})",
                    new Object[] {key, dropped, series.size(), logY ? " or not positive on a log axis" : ""});
        }
        return result;
    }

    /** Returns a horizontal segment at height {@code y} from {@code xFrom} to {@code xTo}. */
    static XYSeries horizontalLine(String key, double y, double xFrom, double xTo) {
        XYSeries line = new XYSeries(key, false, true);
        line.add(xFrom, y, false);
        line.add(xTo, y, false);
        return line;
    }

    /**
     * Rejects a null or empty list, a null entry and repeated names, because JFreeChart identifies
     * the curves of a dataset by name.
     */
    static void requireDistinctSeries(List<Series> series, String parameter) {
        Objects.requireNonNull(series, parameter);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(parameter + " is empty; pass at least one series");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s == null) {
                throw new IllegalArgumentException(parameter + " has a null entry at index " + i);
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException(parameter + " contains the series name '" + s.name()
                        + "' twice; give each series a distinct name");
            }
        }
    }
}
