package org.distdmf.core.problem;

/**
 * Settings of a problem built around a given target matrix (for example one read from a table).
 *
 * @param agents number of agents {@code n >= 2}
 * @param depth number of layers {@code L >= 1}
 * @param hiddenWidths how {@code d_1 .. d_(L-1)} are chosen
 * @param standardisation rescaling applied to the target first
 * @param observations how agents observe the target
 * @param weightDecay how the {@code tau_i} are chosen
 * @param seed seed of every random draw of the problem
 */
public record TargetProblemSpec(int agents, int depth, WidthSpec hiddenWidths, Standardisation standardisation,
        ObservationSpec observations, WeightDecaySpec weightDecay, long seed) {

    /** Checks each field and names the invalid one. */
    public TargetProblemSpec {
        if (agents < 2) {
            throw new IllegalArgumentException("agents must be at least 2 but is " + agents);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1 but is " + depth);
        }
        if (hiddenWidths == null || standardisation == null || observations == null || weightDecay == null) {
            throw new IllegalArgumentException("hidden widths, standardisation, observations and weight decay must all be given");
        }
    }
}
