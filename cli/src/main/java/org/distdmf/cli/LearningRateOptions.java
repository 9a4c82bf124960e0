package org.distdmf.cli;

import org.distdmf.core.train.StepSizeMode;
import org.distdmf.core.train.StepSizes;

import picocli.CommandLine.Option;

/**
 * The learning-rate options {@code --c} and {@code --eta}, of which a command takes exactly one.
 * Each accepts one value for every agent or a comma-separated list with one value per agent.
 */
final class LearningRateOptions {

    @Option(names = "--c", paramLabel = "C[,C...]",
            description = {"Learning rate as a multiple of each agent's stability bound: eta_i = c * eta_bar_i with "
                    + "eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i) at the problem's reference point. "
                    + "Dimensionless; 1 is the bound itself. One value or one per agent, comma-separated."})
    String multipliers;

    @Option(names = "--eta", paramLabel = "ETA[,ETA...]",
            description = {"Absolute learning rate eta_i (step length per unit of gradient). "
                    + "One value or one per agent, comma-separated. Give exactly one of --c and --eta."})
    String rates;

    /** Returns the learning rates, checked against the agent count. */
    StepSizes stepSizes(int agents) {
        if (multipliers != null && rates != null) {
            throw new IllegalArgumentException("--c " + multipliers + " and --eta " + rates
                    + " are both given; give exactly one of --c and --eta");
        }
        if (multipliers == null && rates == null) {
            throw new IllegalArgumentException("no learning rate given; give exactly one of --c (multiple of the "
                    + "stability bound, for example --c 1.2) and --eta (absolute, for example --eta 0.01)");
        }
        String option = multipliers != null ? "--c" : "--eta";
        String text = multipliers != null ? multipliers : rates;
        double[] values = Checks.numberList(option, text);
        if (values.length != 1 && values.length != agents) {
            throw new IllegalArgumentException(option + " " + text + " lists " + values.length
                    + " values but the problem has " + agents + " agents; give one value or one per agent");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(option + " " + text + ": the learning rate"
                        + (values.length > 1 ? " of agent " + i : "") + " must be finite and positive but is " + values[i]);
            }
        }
        return new StepSizes(multipliers != null ? StepSizeMode.MULTIPLE_OF_BOUND : StepSizeMode.ABSOLUTE, values);
    }
}
