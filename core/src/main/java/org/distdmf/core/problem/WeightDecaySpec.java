package org.distdmf.core.problem;

import java.util.Arrays;
import java.util.Random;

/**
 * Rule for the per-agent weight decays {@code tau_i >= 0}: one constant, uniform draws from a
 * range, or an explicit list with one value per agent.
 */
public final class WeightDecaySpec {

    private final double low;
    private final double high;
    private final double[] values;

    private WeightDecaySpec(double low, double high, double[] values) {
        this.low = low;
        this.high = high;
        this.values = values;
    }

    /** Returns a rule that gives every agent {@code tau}. */
    public static WeightDecaySpec constant(double tau) {
        checkValue("weight decay", tau);
        return new WeightDecaySpec(tau, tau, null);
    }

    /** Returns a rule that draws {@code tau_i ~ U(low, high)}; the reference experiments use {@code U(0.1, 0.9)}. */
    public static WeightDecaySpec uniform(double low, double high) {
        checkValue("weight decay range low end", low);
        checkValue("weight decay range high end", high);
        if (high < low) {
            throw new IllegalArgumentException("weight decay range is empty: low end " + low + " > high end " + high);
        }
        return new WeightDecaySpec(low, high, null);
    }

    /** Agent {@code i} gets {@code values[i]}; the list must have one value per agent. */
    public static WeightDecaySpec list(double... values) {
        for (int i = 0; i < values.length; i++) {
            checkValue("weight decay of agent " + i, values[i]);
        }
        return new WeightDecaySpec(Double.NaN, Double.NaN, values.clone());
    }

    /**
     * Parses {@code "0.5"} (constant), {@code "0.1:0.9"} (uniform range) or {@code "0.1,0.2,0.3"} (list).
     */
    public static WeightDecaySpec parse(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.contains(":")) {
                String[] ends = trimmed.split(":");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("weight decay range must look like 0.1:0.9 but is '" + text + "'");
                }
                return uniform(Double.parseDouble(ends[0].trim()), Double.parseDouble(ends[1].trim()));
            }
            if (trimmed.contains(",")) {
                return list(Arrays.stream(trimmed.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray());
            }
            return constant(Double.parseDouble(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight decay '" + text
                    + "' is not a number, a range like 0.1:0.9 or a list like 0.1,0.2", e);
        }
    }

    private static void checkValue(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0 but is " + value);
        }
    }

    /** Draws the weight decays of {@code agents} agents; a range consumes one draw per agent from {@code random}. */
    public double[] sample(int agents, Random random) {
        if (values != null) {
            if (values.length != agents) {
                throw new IllegalArgumentException("weight decay list has " + values.length + " values but there are "
                        + agents + " agents");
            }
            return values.clone();
        }
        double[] taus = new double[agents];
        for (int i = 0; i < agents; i++) {
            taus[i] = low == high ? low : low + (high - low) * random.nextDouble();
        }
        return taus;
    }

    @Override
    public String toString() {
        if (values != null) {
            return Arrays.toString(values);
        }
        return low == high ? Double.toString(low) : "U(" + low + ", " + high + ")";
    }
}
