package org.distdmf.core.chart;

import java.util.Arrays;
import java.util.Objects;

import org.distdmf.core.table.ResultTable;

/**
 * One named curve: the points {@code (x[k], y[k])} in the order given.
 *
 * <p>The arrays are copied on construction and on access, so a series never changes after it is
 * built. Values may be non-finite (a diverged run, a figure not tracked at that iteration). The
 * charts skip such points, and each chart's documentation lists which points it skips.
 *
 * @param name legend text of the curve, not blank
 * @param x horizontal coordinates, for example iteration numbers
 * @param y vertical coordinates, the same length as {@code x}
 */
public record Series(String name, double[] x, double[] y) {

    /**
     * Validates and copies the coordinates.
     *
     * @throws IllegalArgumentException if the name is blank or {@code x} and {@code y} differ in length;
     *     the message names the series and both lengths
     */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, () -> "x of series '" + name + "'");
        Objects.requireNonNull(y, () -> "y of series '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Series name is blank; give each series a name for the legend");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + x.length + " x values but "
                    + y.length + " y values; pass one x value per y value");
        }
        x = x.clone();
        y = y.clone();
    }

    /**
     * Creates a series whose x values are the indices {@code 0, 1, ..., y.length - 1}, the usual shape
     * of a figure recorded once per iteration starting at iteration 0.
     */
    public static Series indexed(String name, double[] y) {
        Objects.requireNonNull(y, () -> "y of series '" + name + "'");
        double[] x = new double[y.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
        }
        return new Series(name, x, y);
    }

    /**
     * Creates a series from two numeric columns of a result table. Missing cells become NaN, which
     * the charts do not draw.
     *
     * @throws IllegalArgumentException if the table lacks either column; the message lists the columns
     *     the table has
     */
    public static Series fromTable(String name, ResultTable table, String xColumn, String yColumn) {
        Objects.requireNonNull(table, "table");
        return new Series(name, table.doubleColumn(xColumn), table.doubleColumn(yColumn));
    }

    /** Returns the number of points, drawable or not. */
    public int size() {
        return x.length;
    }

    /** Returns a copy of the x values. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** Returns a copy of the y values. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** Returns the k-th x value without copying the array. */
    public double x(int k) {
        return x[k];
    }

    /** Returns the k-th y value without copying the array. */
    public double y(int k) {
        return y[k];
    }

    /** Compares name and coordinates element by element, treating NaN as equal to NaN. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Series that
                && name.equals(that.name)
                && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points]";
    }
}
