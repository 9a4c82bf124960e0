package org.distdmf.core.train;

/**
 * The figures of one DGD iteration, evaluated at the iterate {@code theta(t)}.
 *
 * @param iteration {@code t}, 0 for the start
 * @param nmse mean over agents of {@code ||P_i - X*||_F^2 / ||X*||_F^2}; NaN when the target is unknown
 * @param consensusError {@code (1/n) sum_l sum_i ||W_(i,l) - mean_j W_(j,l)||_F^2}
 * @param objective {@code sum_i L_i(theta_i)}
 * @param gradientNorm {@code sqrt(sum_i ||grad L_i(theta_i)||^2)}
 * @param sharpness each agent's {@code lambda_max(H_i(theta_i))}, or {@code null} when not tracked at this iteration
 */
public record IterationFigures(int iteration, double nmse, double consensusError, double objective,
        double gradientNorm, double[] sharpness) {
}
