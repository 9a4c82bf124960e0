package org.distdmf.core.train;

import java.util.Arrays;

/**
 * The learning rates: a mode and either one value for every agent or one value per agent.
 *
 * @param mode absolute rates or multiples {@code c} of the stability bound
 * @param values one value for all agents, or one per agent
 */
public record StepSizes(StepSizeMode mode, double[] values) {

    /** Checks that every value is finite and positive, naming the agent of a bad one. */
    public StepSizes {
        if (mode == null) {
            throw new IllegalArgumentException("learning-rate mode is missing; use ABSOLUTE or MULTIPLE_OF_BOUND");
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("learning rate needs at least one value");
        }
        values = values.clone();
        String field = mode == StepSizeMode.ABSOLUTE ? "learning rate" : "learning-rate multiplier c";
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(field + (values.length > 1 ? " of agent " + i : "")
                        + " must be finite and positive but is " + values[i]);
            }
        }
    }

    public static StepSizes multipleOfBound(double c) {
        return new StepSizes(StepSizeMode.MULTIPLE_OF_BOUND, new double[] {c});
    }

    public static StepSizes absolute(double eta) {
        return new StepSizes(StepSizeMode.ABSOLUTE, new double[] {eta});
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Returns {@code eta_i} for every agent given the bounds {@code eta_bar_i}. */
    public double[] resolve(double[] bounds) {
        if (values.length != 1 && values.length != bounds.length) {
            throw new IllegalArgumentException("learning rates list " + values.length + " values but there are "
                    + bounds.length + " agents");
        }
        double[] rates = new double[bounds.length];
        for (int i = 0; i < rates.length; i++) {
            double value = values.length == 1 ? values[0] : values[i];
            rates[i] = mode == StepSizeMode.ABSOLUTE ? value : value * bounds[i];
        }
        return rates;
    }

    @Override
    public String toString() {
        String valueText = values.length == 1 ? Double.toString(values[0]) : Arrays.toString(values);
        return mode == StepSizeMode.ABSOLUTE ? "eta = " + valueText : "eta = " + valueText + " x bound";
    }
}
