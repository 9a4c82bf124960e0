package org.distdmf.core.train;

/** Order of the consensus and gradient steps in one DGD iteration. */
public enum UpdateRule {
    /** {@code theta_i <- sum_j W_ij theta_j - eta_i grad L_i(theta_i)}: the reference experiments' rule. */
    COMBINE_THEN_ADAPT,
    /** {@code theta_i <- sum_j W_ij (theta_j - eta_j grad L_j(theta_j))}. */
    ADAPT_THEN_COMBINE
}
