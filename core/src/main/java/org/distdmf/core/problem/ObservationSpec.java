package org.distdmf.core.problem;

/**
 * Observation model shared by every agent.
 *
 * @param observation sensing, identity or mask
 * @param measurementsPerAgent {@code k_i} rows of each sensing operator; 0 means {@code m}, the target's row count
 * @param observedFraction probability that a mask entry is 1 (matrix completion only)
 * @param noiseStandardDeviation standard deviation of the Gaussian noise {@code E_i}; 0 for none
 */
public record ObservationSpec(Observation observation, int measurementsPerAgent, double observedFraction,
        double noiseStandardDeviation) {

    /** Checks each field and names the invalid one. */
    public ObservationSpec {
        if (observation == null) {
            throw new IllegalArgumentException("observation is missing; use SENSING, IDENTITY or MASK");
        }
        if (measurementsPerAgent < 0) {
            throw new IllegalArgumentException("measurements per agent must be >= 0 (0 means as many as the target's rows) but is "
                    + measurementsPerAgent);
        }
        if (!(observedFraction > 0 && observedFraction <= 1)) {
            throw new IllegalArgumentException("observed fraction must be in (0, 1] but is " + observedFraction);
        }
        if (!(noiseStandardDeviation >= 0) || Double.isInfinite(noiseStandardDeviation)) {
            throw new IllegalArgumentException("noise standard deviation must be finite and >= 0 but is "
                    + noiseStandardDeviation);
        }
    }

    /** Gaussian sensing with {@code k_i = m}, no noise: the reference experiments' choice. */
    public static ObservationSpec gaussianSensing() {
        return new ObservationSpec(Observation.SENSING, 0, 1.0, 0.0);
    }

    public static ObservationSpec identity() {
        return new ObservationSpec(Observation.IDENTITY, 0, 1.0, 0.0);
    }
}
