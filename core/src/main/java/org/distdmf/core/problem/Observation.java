package org.distdmf.core.problem;

/** Observation model of an agent: sensing, identity or mask. */
public enum Observation {
    /** {@code Y_i = A_i X* + E_i} with a sensing operator {@code A_i} of shape {@code k_i x m}. */
    SENSING,
    /** {@code Y_i = X* + E_i}: plain factorization, {@code A_i = I}. */
    IDENTITY,
    /** {@code Y_i = M_i .* (X* + E_i)}: matrix completion with a 0/1 mask {@code M_i} of shape {@code m x p}. */
    MASK
}
