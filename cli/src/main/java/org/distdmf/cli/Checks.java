package org.distdmf.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.distdmf.core.chart.ChartFiles;

/**
 * Checks and parsers for option values. Every failure is an {@link IllegalArgumentException} whose
 * message starts with the option name and shows the value, so the command line prints it as one line.
 */
final class Checks {

    private Checks() {
    }

    static int atLeast(String option, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum + " but is " + value);
        }
        return value;
    }

    static int atMost(String option, int value, int maximum) {
        if (value > maximum) {
            throw new IllegalArgumentException(option + " must be at most " + maximum + " but is " + value);
        }
        return value;
    }

    /** Checks an image side against the range the chart writer accepts, 1 to {@link ChartFiles#MAX_SIDE} pixels. */
    static int pixels(String option, int value) {
        if (value < 1 || value > ChartFiles.MAX_SIDE) {
            throw new IllegalArgumentException(option + " must be between 1 and " + ChartFiles.MAX_SIDE
                    + " pixels but is " + value);
        }
        return value;
    }

    static double positive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + " must be finite and positive but is " + value);
        }
        return value;
    }

    static double nonNegative(String option, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + " must be finite and >= 0 but is " + value);
        }
        return value;
    }

    /** Returns the worker thread count: {@code value}, or every available processor for 0. */
    static int threads(String option, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must be >= 0 (0 uses every processor) but is " + value);
        }
        return value > 0 ? value : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Returns the value that {@code text} names among {@code choices} (keys in lower case), ignoring
     * case and treating {@code -} as {@code _}.
     */
    static <T> T choice(String option, String text, Map<String, T> choices) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        T value = choices.get(key);
        if (value == null) {
            throw new IllegalArgumentException(option + " must be one of " + String.join(", ", choices.keySet())
                    + " but is '" + text + "'");
        }
        return value;
    }

    /** Parses a comma-separated list of numbers such as {@code 0.5,1,1.5}. */
    static double[] numberList(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            values[k] = number(option, parts[k], text);
        }
        return values;
    }

    /**
     * Parses an inclusive range {@code from:to:step} such as {@code 0.5:2:0.25} into
     * {@code from, from + step, ...} up to {@code to}. Decimal arithmetic keeps the values as typed
     * ({@code 0.75}, not {@code 0.7500000000000001}).
     */
    static double[] range(String option, String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(option + " must look like FROM:TO:STEP, for example 0.5:2:0.25, but is '"
                    + text + "'");
        }
        BigDecimal from = decimal(option, parts[0], text);
        BigDecimal to = decimal(option, parts[1], text);
        BigDecimal step = decimal(option, parts[2], text);
        if (step.signum() <= 0) {
            throw new IllegalArgumentException(option + " needs a positive step but '" + text + "' has step " + parts[2].trim());
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException(option + " is empty: '" + text + "' ends below its start");
        }
        List<Double> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            values.add(value.doubleValue());
            if (values.size() > 10_000) {
                throw new IllegalArgumentException(option + " '" + text + "' gives more than 10000 values; use a larger step");
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Parses a comma-separated list, naming the option when an element does not parse. */
    static <T> List<T> list(String option, String text, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException(option + " has an empty element in '" + text + "'");
            }
            values.add(parser.apply(part.trim()));
        }
        return values;
    }

    private static double number(String option, String part, String whole) {
        try {
            return Double.parseDouble(part.trim());
        } catch (NumberFormatException e) {
            throw new NotANumberException(option + " must be a number or a comma-separated list of numbers, but '"
                    + part.trim() + "' in '" + whole + "' is not a number", e);
        }
    }

    private static BigDecimal decimal(String option, String part, String whole) {
        try {
            return new BigDecimal(part.trim());
        } catch (NumberFormatException e) {
            throw new NotANumberException(option + ": '" + part.trim() + "' in '" + whole + "' is not a number", e);
        }
    }

    /**
     * Rethrows a core validation error with the option and its value in front, so the one-line
     * message names the input to fix.
     */
    static IllegalArgumentException about(String option, Object value, IllegalArgumentException error) {
        String text = String.valueOf(value);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        String prefix = message.contains(text) ? option + ": " : option + " " + text + ": ";
        return new IllegalArgumentException(prefix + message, error);
    }
}
