package org.distdmf.core.stability;

import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.UpdateRule;

/**
 * Settings of a stability check.
 *
 * @param stepSizes the learning rates whose stability is checked
 * @param rule the update rule being linearised
 * @param consensusRounds {@code T}: the combine matrix is {@code V^T}
 * @param solverTolerance relative tolerance of the eigen-solves
 * @param searchCriticalMultiplier whether to search for {@code c*} (several spectral-radius solves)
 * @param maxMultiplier largest {@code c} the search tries
 * @param bisectionTolerance relative width of the final {@code c*} bracket
 * @param threads worker threads for the agents
 * @param seed seed of the eigen-solvers' random start vectors
 */
public record StabilitySettings(StepSizes stepSizes, UpdateRule rule, int consensusRounds, double solverTolerance,
        boolean searchCriticalMultiplier, double maxMultiplier, double bisectionTolerance, int threads, long seed) {

    /** Checks each field and names the invalid one. */
    public StabilitySettings {
        if (stepSizes == null || rule == null) {
            throw new IllegalArgumentException("learning rates and update rule must be given");
        }
        if (consensusRounds < 1) {
            throw new IllegalArgumentException("consensus rounds must be at least 1 but is " + consensusRounds);
        }
        if (!(solverTolerance > 0 && solverTolerance < 1)) {
            throw new IllegalArgumentException("solver tolerance must be in (0, 1) but is " + solverTolerance);
        }
        if (!(maxMultiplier > 1)) {
            throw new IllegalArgumentException("largest multiplier searched must be above 1 but is " + maxMultiplier);
        }
        if (!(bisectionTolerance > 0 && bisectionTolerance < 1)) {
            throw new IllegalArgumentException("bisection tolerance must be in (0, 1) but is " + bisectionTolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but is " + threads);
        }
    }

    /** Combine-then-adapt, one round, tolerance 1e-8, {@code c*} searched up to 64 to 1e-3 relative width. */
    public static StabilitySettings defaults(StepSizes stepSizes, int threads, long seed) {
        return new StabilitySettings(stepSizes, UpdateRule.COMBINE_THEN_ADAPT, 1, 1e-8, true, 64, 1e-3, threads, seed);
    }
}
