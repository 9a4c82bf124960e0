package org.distdmf.core.curvature;

import org.distdmf.core.linalg.LanczosEigenSolver;
import org.distdmf.core.linalg.LanczosResult;
import org.distdmf.core.linalg.LanczosSettings;
import org.distdmf.core.linalg.LinearOperator;

/**
 * Finds the sharpness {@code lambda_max(H_i)} of a local Hessian matrix-free, by Lanczos on the
 * Hessian-vector product. A warm start from the previous eigenvector makes tracking along a
 * trajectory cheap, since the top eigenvector changes little between iterations.
 */
public final class SharpnessEstimator {

    private final double tolerance;
    private final int maxProducts;

    /**
     * @param tolerance relative residual {@code ||H v - lambda v|| / |lambda|} at which the estimate is accepted
     * @param maxProducts most Hessian-vector products one estimate may use
     */
    public SharpnessEstimator(double tolerance, int maxProducts) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("solver tolerance must be in (0, 1) but is " + tolerance);
        }
        if (maxProducts < 2) {
            throw new IllegalArgumentException("maximum Hessian-vector products must be at least 2 but is " + maxProducts);
        }
        this.tolerance = tolerance;
        this.maxProducts = maxProducts;
    }

    public double tolerance() {
        return tolerance;
    }

    /**
     * Estimates the largest eigenvalue.
     *
     * @param warmStart a start vector (for example the previous estimate's eigenvector), or null for a random start
     * @param seed seed of the random start
     */
    public SharpnessResult estimate(LinearOperator hessian, double[] warmStart, long seed) {
        LanczosSettings settings = LanczosSettings.defaults()
                .withTolerance(tolerance)
                .withMaxOperatorApplications(maxProducts)
                .withMaxBasisSize(Math.min(30, Math.max(2, hessian.dimension())))
                .withSeed(seed);
        if (warmStart != null && isUsable(warmStart, hessian.dimension())) {
            settings = settings.withStartVector(warmStart);
        }
        LanczosResult result = new LanczosEigenSolver(settings).solve(hessian);
        return new SharpnessResult(result.eigenvalue(), result.eigenvector(), result.operatorApplications(),
                result.converged());
    }

    private static boolean isUsable(double[] vector, int dimension) {
        if (vector.length != dimension) {
            return false;
        }
        double norm = 0;
        for (double value : vector) {
            if (!Double.isFinite(value)) {
                return false;
            }
            norm += value * value;
        }
        return norm > 0;
    }
}
