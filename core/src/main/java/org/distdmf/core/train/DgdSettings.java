package org.distdmf.core.train;

/**
 * Settings of one DGD run.
 *
 * @param iterations number of iterations (0 evaluates the start only)
 * @param rule combine-then-adapt or adapt-then-combine
 * @param consensusRounds {@code T >= 1}: the combine step applies {@code V^T}
 * @param stepSizes learning rates
 * @param initialisation starting point
 * @param sharpnessInterval track each agent's sharpness every this many iterations; 0 turns tracking off
 * @param divergenceThreshold the run stops as diverged when NMSE (or, without a known target, the
 *     objective divided by its starting value) exceeds this, or any figure is not finite
 * @param solverTolerance relative residual tolerance of the sharpness eigen-solves
 * @param threads worker threads for the agents; results do not depend on it
 * @param seed seed of every random choice of the run
 */
public record DgdSettings(int iterations, UpdateRule rule, int consensusRounds, StepSizes stepSizes,
        Initialisation initialisation, int sharpnessInterval, double divergenceThreshold, double solverTolerance,
        int threads, long seed) {

    /** Checks each field and names the invalid one. */
    public DgdSettings {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0 but is " + iterations);
        }
        if (rule == null) {
            throw new IllegalArgumentException("update rule is missing; use COMBINE_THEN_ADAPT or ADAPT_THEN_COMBINE");
        }
        if (consensusRounds < 1) {
            throw new IllegalArgumentException("consensus rounds must be at least 1 but is " + consensusRounds);
        }
        if (stepSizes == null || initialisation == null) {
            throw new IllegalArgumentException("learning rates and initialisation must be given");
        }
        if (sharpnessInterval < 0) {
            throw new IllegalArgumentException("sharpness interval must be >= 0 (0 turns tracking off) but is "
                    + sharpnessInterval);
        }
        if (!(divergenceThreshold > 0)) {
            throw new IllegalArgumentException("divergence threshold must be positive but is " + divergenceThreshold);
        }
        if (!(solverTolerance > 0 && solverTolerance < 1)) {
            throw new IllegalArgumentException("solver tolerance must be in (0, 1) but is " + solverTolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but is " + threads);
        }
    }

    /**
     * Returns the reference experiments' settings: combine-then-adapt, one consensus round,
     * {@code eta_i = c * eta_bar_i}, start {@code 1e-3} from the ground truth along the top curvature.
     */
    public static DgdSettings reference(int iterations, double c, int sharpnessInterval, int threads, long seed) {
        return new DgdSettings(iterations, UpdateRule.COMBINE_THEN_ADAPT, 1, StepSizes.multipleOfBound(c),
                Initialisation.nearReference(1e-3), sharpnessInterval, 1e4, 1e-6, threads, seed);
    }

    /** Returns a copy with other step sizes. */
    public DgdSettings withStepSizes(StepSizes other) {
        return new DgdSettings(iterations, rule, consensusRounds, other, initialisation, sharpnessInterval,
                divergenceThreshold, solverTolerance, threads, seed);
    }

    /** Returns a copy with another number of iterations. */
    public DgdSettings withIterations(int other) {
        return new DgdSettings(other, rule, consensusRounds, stepSizes, initialisation, sharpnessInterval,
                divergenceThreshold, solverTolerance, threads, seed);
    }

    /** Returns a copy with another sharpness interval. */
    public DgdSettings withSharpnessInterval(int other) {
        return new DgdSettings(iterations, rule, consensusRounds, stepSizes, initialisation, other,
                divergenceThreshold, solverTolerance, threads, seed);
    }

    /** Returns a copy with another thread count. */
    public DgdSettings withThreads(int other) {
        return new DgdSettings(iterations, rule, consensusRounds, stepSizes, initialisation, sharpnessInterval,
                divergenceThreshold, solverTolerance, other, seed);
    }
}
