package org.distdmf.core.curvature;

/**
 * The largest eigenvalue of a local Hessian and how it was found.
 *
 * @param value {@code lambda_max(H_i)}
 * @param vector unit eigenvector in flat parameter layout (usable as the next warm start)
 * @param hessianProducts Hessian-vector products used
 * @param converged whether the residual reached the tolerance
 */
public record SharpnessResult(double value, double[] vector, int hessianProducts, boolean converged) {
}
