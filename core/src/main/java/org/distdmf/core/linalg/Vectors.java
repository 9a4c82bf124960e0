package org.distdmf.core.linalg;

import java.util.Random;

/**
 * Level-1 operations on dense {@code double[]} vectors, written as plain loops so that the Krylov
 * solvers allocate nothing per iteration.
 *
 * <p>Every method that takes two vectors requires equal lengths and throws
 * {@link IllegalArgumentException} otherwise. Methods that overwrite an argument name it in their description.
 */
public final class Vectors {

    private Vectors() {
    }

    /** Returns the inner product {@code x^T y}. */
    public static double dot(double[] x, double[] y) {
        requireSameLength(x, y);
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /**
     * Returns the Euclidean norm {@code ||x||_2}.
     *
     * <p>The sum of squares is formed directly, so entries above about 1e154 overflow to infinity.
     */
    public static double norm(double[] x) {
        double sum = 0.0;
        for (double value : x) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** Computes {@code y += alpha * x} in place. */
    public static void axpy(double alpha, double[] x, double[] y) {
        requireSameLength(x, y);
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** Computes {@code x *= alpha} in place. */
    public static void scale(double alpha, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }

    /** Copies {@code source} into {@code target}. */
    public static void copy(double[] source, double[] target) {
        requireSameLength(source, target);
        System.arraycopy(source, 0, target, 0, source.length);
    }

    /**
     * Divides {@code x} by its Euclidean norm in place and returns that norm. A zero vector is left
     * unchanged and 0 is returned.
     */
    public static double normalize(double[] x) {
        double norm = norm(x);
        if (norm > 0.0) {
            scale(1.0 / norm, x);
        }
        return norm;
    }

    /** Fills {@code x} with independent standard normal entries drawn from {@code random}. */
    public static void fillGaussian(Random random, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
    }

    /** Returns whether every entry is finite (neither NaN nor infinite). */
    public static boolean isFinite(double[] x) {
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    private static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "vector lengths differ: " + x.length + " and " + y.length + "; pass vectors of equal length");
        }
    }
}
