package org.distdmf.core.problem;

/**
 * Settings of a synthetic problem with a Gaussian ground truth.
 *
 * @param agents number of agents {@code n >= 2}
 * @param rows rows {@code m} of the target
 * @param columns columns {@code p} of the target
 * @param depth number of layers {@code L >= 1}
 * @param hiddenWidths how {@code d_1 .. d_(L-1)} are chosen
 * @param rank 0 for a full-rank ground truth, otherwise each ground-truth factor keeps its top {@code rank} singular triplets
 * @param observations how agents observe the target
 * @param weightDecay how the {@code tau_i} are chosen
 * @param seed seed of every random draw of the problem
 */
public record SyntheticProblemSpec(int agents, int rows, int columns, int depth, WidthSpec hiddenWidths, int rank,
        ObservationSpec observations, WeightDecaySpec weightDecay, long seed) {

    /** Checks each field and names the invalid one. */
    public SyntheticProblemSpec {
        if (agents < 2) {
            throw new IllegalArgumentException("agents must be at least 2 but is " + agents);
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1 but is " + rows);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1 but is " + columns);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1 but is " + depth);
        }
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be >= 0 (0 for full rank) but is " + rank);
        }
        if (hiddenWidths == null || observations == null || weightDecay == null) {
            throw new IllegalArgumentException("hidden widths, observations and weight decay must all be given");
        }
    }

    /**
     * Returns the reference experiments' problem: a {@code d x d} target, hidden widths drawn from
     * {@code [d, 3d]}, full-rank ground truth, Gaussian sensing with {@code k_i = d}, no noise and
     * {@code tau_i ~ U(0.1, 0.9)}.
     */
    public static SyntheticProblemSpec reference(int agents, int size, int depth, long seed) {
        return new SyntheticProblemSpec(agents, size, size, depth, WidthSpec.uniform(size, 3 * size), 0,
                ObservationSpec.gaussianSensing(), WeightDecaySpec.uniform(0.1, 0.9), seed);
    }
}
