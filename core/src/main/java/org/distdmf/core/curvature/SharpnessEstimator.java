package org.distdmf.core.curvature;

import java.util.Random;

import org.distdmf.core.linalg.LinearOperator;

/**
 * Finds the sharpness {@code lambda_max(H_i)} of a local Hessian matrix-free.
 *
 * <p>TODO: temporary power iteration until the Lanczos solver lands; the interface stays.
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

    /** Estimates the largest eigenvalue; {@code warmStart} may be null, else it seeds the iteration. */
    public SharpnessResult estimate(LinearOperator hessian, double[] warmStart, long seed) {
        int n = hessian.dimension();
        double[] v = new double[n];
        if (warmStart != null) {
            System.arraycopy(warmStart, 0, v, 0, n);
        } else {
            Random random = new Random(seed);
            for (int k = 0; k < n; k++) {
                v[k] = random.nextGaussian();
            }
        }
        normalise(v);
        double[] w = new double[n];
        double lambda = 0;
        int products = 0;
        boolean converged = false;
        while (products < maxProducts) {
            hessian.apply(v, w);
            products++;
            lambda = dot(v, w);
            double residual = 0;
            for (int k = 0; k < n; k++) {
                double r = w[k] - lambda * v[k];
                residual += r * r;
            }
            if (Math.sqrt(residual) <= tolerance * Math.abs(lambda)) {
                converged = true;
                break;
            }
            System.arraycopy(w, 0, v, 0, n);
            normalise(v);
        }
        return new SharpnessResult(lambda, v, products, converged);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void normalise(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int k = 0; k < v.length; k++) {
            v[k] /= norm;
        }
    }
}
