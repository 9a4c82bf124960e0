package org.distdmf.core.train;

/** Form in which the per-agent learning rates {@code eta_i} are given. */
public enum StepSizeMode {
    /** {@code eta_i} is the given value. */
    ABSOLUTE,
    /** {@code eta_i = c * eta_bar_i}, with {@code eta_bar_i} the agent's stability bound and {@code c} the given value. */
    MULTIPLE_OF_BOUND
}
