package org.distdmf.core.linalg;

import java.util.Arrays;
import java.util.Random;

/**
 * Storage for the orthonormal basis vectors of a Krylov subspace, with the operations that both
 * eigen-solvers need: orthogonalisation of a new vector, an in-place change of basis for thick
 * restarts, and linear combinations for Ritz vectors.
 *
 * <p>Vectors are allocated on first use and reused across restarts, so a solve allocates at most
 * {@code capacity} vectors of length {@code dimension}.
 */
final class KrylovBasis {

    /** Number of coordinates transformed together in {@link #transform}, to stay in cache. */
    private static final int BLOCK = 512;

    /**
     * Minimum fraction of its norm that a random vector must keep after orthogonalisation to be
     * accepted as a new basis vector. Below it, rounding error makes up too much of the vector.
     */
    private static final double RANDOM_VECTOR_MIN_RETAINED = 1e-3;

    private final int dimension;
    private final double[][] vectors;
    private double[][] blockBuffer;

    KrylovBasis(int dimension, int capacity) {
        this.dimension = dimension;
        this.vectors = new double[capacity][];
    }

    int dimension() {
        return dimension;
    }

    /** Returns basis slot {@code index}, allocating it on first use. */
    double[] vector(int index) {
        double[] vector = vectors[index];
        if (vector == null) {
            vector = new double[dimension];
            vectors[index] = vector;
        }
        return vector;
    }

    /** Exchanges the arrays in two slots. */
    void swap(int first, int second) {
        double[] held = vectors[first];
        vectors[first] = vectors[second];
        vectors[second] = held;
    }

    /**
     * Removes from {@code w} its components along the first {@code count} basis vectors with two
     * passes of modified Gram-Schmidt and adds the removed coefficients to
     * {@code coefficients[0..count)}. One pass loses orthogonality in proportion to the condition
     * number of the vectors involved, and the second pass brings it back to the rounding level.
     */
    void orthogonalize(double[] w, int count, double[] coefficients) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                double[] v = vectors[i];
                double coefficient = Vectors.dot(v, w);
                Vectors.axpy(-coefficient, v, w);
                coefficients[i] += coefficient;
            }
        }
    }

    /**
     * Fills slot {@code index} with a random unit vector orthogonal to slots {@code 0..index)}.
     * Requires {@code index < dimension}.
     */
    void fillRandomOrthogonal(int index, Random random, double[] scratchCoefficients) {
        double[] v = vector(index);
        for (int attempt = 0; attempt < 100; attempt++) {
            Vectors.fillGaussian(random, v);
            double before = Vectors.norm(v);
            orthogonalize(v, index, scratchCoefficients);
            double after = Vectors.normalize(v);
            if (after > RANDOM_VECTOR_MIN_RETAINED * before) {
                return;
            }
        }
        throw new IllegalStateException("could not draw a random vector orthogonal to " + index
                + " basis vectors in dimension " + dimension);
    }

    /**
     * Replaces slots {@code 0..newCount)} by the combinations
     * {@code new_i = sum_{j < oldCount} v_j * y[j][i]}. Requires {@code newCount <= oldCount}. The
     * transformation runs in place over blocks of coordinates, so it needs no second basis.
     */
    void transform(int oldCount, double[][] y, int newCount) {
        if (blockBuffer == null || blockBuffer.length < newCount) {
            blockBuffer = new double[newCount][BLOCK];
        }
        for (int start = 0; start < dimension; start += BLOCK) {
            int length = Math.min(BLOCK, dimension - start);
            for (int i = 0; i < newCount; i++) {
                double[] target = blockBuffer[i];
                Arrays.fill(target, 0, length, 0.0);
                for (int j = 0; j < oldCount; j++) {
                    double weight = y[j][i];
                    if (weight == 0.0) {
                        continue;
                    }
                    double[] source = vectors[j];
                    for (int r = 0; r < length; r++) {
                        target[r] += weight * source[start + r];
                    }
                }
            }
            for (int i = 0; i < newCount; i++) {
                System.arraycopy(blockBuffer[i], 0, vectors[i], start, length);
            }
        }
    }

    /** Writes {@code sum_{j < count} coefficients[j] * v_j} into {@code out}. */
    void combine(int count, double[] coefficients, double[] out) {
        Arrays.fill(out, 0.0);
        for (int j = 0; j < count; j++) {
            if (coefficients[j] != 0.0) {
                Vectors.axpy(coefficients[j], vectors[j], out);
            }
        }
    }
}
