package org.distdmf.core.problem;

import java.util.Arrays;
import java.util.Random;

/**
 * Rule for the hidden widths {@code d_1 .. d_(L-1)}: one fixed value, an explicit list, or
 * uniform integer draws from a range (the reference experiments draw from {@code [d, 3d]}).
 */
public final class WidthSpec {

    private final int low;
    private final int high;
    private final int[] values;

    private WidthSpec(int low, int high, int[] values) {
        this.low = low;
        this.high = high;
        this.values = values;
    }

    public static WidthSpec fixed(int width) {
        checkWidth("hidden width", width);
        return new WidthSpec(width, width, null);
    }

    /** Returns a rule that draws each hidden width uniformly from the integers in {@code [low, high]}. */
    public static WidthSpec uniform(int low, int high) {
        checkWidth("hidden width range low end", low);
        checkWidth("hidden width range high end", high);
        if (high < low) {
            throw new IllegalArgumentException("hidden width range is empty: low end " + low + " > high end " + high);
        }
        return new WidthSpec(low, high, null);
    }

    /** Explicit hidden widths {@code d_1 .. d_(L-1)}. */
    public static WidthSpec list(int... widths) {
        for (int l = 0; l < widths.length; l++) {
            checkWidth("hidden width d_" + (l + 1), widths[l]);
        }
        return new WidthSpec(-1, -1, widths.clone());
    }

    /** Parses {@code "30"} (fixed), {@code "10:30"} (uniform range) or {@code "12,15,20"} (list). */
    public static WidthSpec parse(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.contains(":")) {
                String[] ends = trimmed.split(":");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("hidden width range must look like 10:30 but is '" + text + "'");
                }
                return uniform(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()));
            }
            if (trimmed.contains(",")) {
                return list(Arrays.stream(trimmed.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray());
            }
            return fixed(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hidden widths '" + text
                    + "' must be an integer, a range like 10:30 or a list like 12,15,20", e);
        }
    }

    private static void checkWidth(String field, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException(field + " must be positive but is " + width);
        }
    }

    /** Returns the widths {@code d_0 = columns, d_1 .. d_(L-1), d_L = rows}. */
    public int[] widths(int rows, int columns, int depth, Random random) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1 but is " + depth);
        }
        int[] widths = new int[depth + 1];
        widths[0] = columns;
        widths[depth] = rows;
        if (values != null && values.length != depth - 1) {
            throw new IllegalArgumentException("hidden width list has " + values.length + " values but depth " + depth
                    + " needs " + (depth - 1));
        }
        for (int l = 1; l < depth; l++) {
            if (values != null) {
                widths[l] = values[l - 1];
            } else {
                widths[l] = low == high ? low : low + random.nextInt(high - low + 1);
            }
        }
        return widths;
    }

    @Override
    public String toString() {
        if (values != null) {
            return Arrays.toString(values);
        }
        return low == high ? Integer.toString(low) : "U{" + low + ".." + high + "}";
    }
}
