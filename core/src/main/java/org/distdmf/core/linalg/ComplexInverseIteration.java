package org.distdmf.core.linalg;

import java.util.Random;

/**
 * Eigenvectors of a small dense real matrix for a given, possibly complex, eigenvalue by inverse
 * iteration in complex arithmetic.
 *
 * <p>EJML 0.46.1's general eigen-decomposition returns null as the eigenvector of a complex
 * eigenvalue, and the Arnoldi solver needs those eigenvectors for residual estimates and restarts.
 * Pivots of {@code H - theta I} smaller than {@code eps * ||H||_inf} are replaced by that value, as
 * LAPACK's {@code dhsein} and {@code dlaein} do, so the triangular solves never divide by zero.
 */
final class ComplexInverseIteration {

    private static final int STEPS = 3;
    private static final long START_SEED = 0x2545F4914F6CDD1DL;

    private final double[] luReal;
    private final double[] luImaginary;
    private final int[] pivots;
    private final double[] start;

    ComplexInverseIteration(int capacity) {
        this.luReal = new double[capacity * capacity];
        this.luImaginary = new double[capacity * capacity];
        this.pivots = new int[capacity];
        this.start = new double[capacity];
        // A fixed pseudo-random start keeps the result reproducible and is unlikely to be
        // orthogonal to the eigenvector, as a structured start such as all ones could be.
        Random random = new Random(START_SEED);
        for (int i = 0; i < capacity; i++) {
            start[i] = 0.5 + random.nextDouble();
        }
    }

    /**
     * Writes a unit eigenvector of the leading {@code size x size} block of {@code h} for the
     * eigenvalue {@code real + i * imaginary} into {@code outReal} and {@code outImaginary}. The
     * phase is fixed so that the entry of largest modulus is real and positive. For a real
     * eigenvalue the imaginary part is exactly zero.
     */
    void eigenvector(double[][] h, int size, double real, double imaginary, double[] outReal,
            double[] outImaginary) {
        factorShifted(h, size, real, imaginary);
        for (int i = 0; i < size; i++) {
            outReal[i] = start[i];
            outImaginary[i] = 0.0;
        }
        for (int step = 0; step < STEPS; step++) {
            solveInPlace(size, outReal, outImaginary);
            normalize(size, outReal, outImaginary);
        }
        fixPhase(size, outReal, outImaginary);
    }

    /** LU factorisation with partial pivoting of {@code H - theta I}, stored row-major. */
    private void factorShifted(double[][] h, int size, double real, double imaginary) {
        double infinityNorm = 0.0;
        for (int i = 0; i < size; i++) {
            double rowSum = 0.0;
            for (int j = 0; j < size; j++) {
                double entry = h[i][j];
                luReal[i * size + j] = i == j ? entry - real : entry;
                luImaginary[i * size + j] = i == j ? -imaginary : 0.0;
                rowSum += Math.abs(entry);
            }
            infinityNorm = Math.max(infinityNorm, rowSum);
        }
        double smallPivot = Math.ulp(1.0) * Math.max(infinityNorm, Double.MIN_NORMAL);

        for (int k = 0; k < size; k++) {
            int pivot = k;
            double pivotSquare = -1.0;
            for (int i = k; i < size; i++) {
                double square = modulusSquare(i * size + k);
                if (square > pivotSquare) {
                    pivotSquare = square;
                    pivot = i;
                }
            }
            pivots[k] = pivot;
            if (pivot != k) {
                swapRows(size, k, pivot);
            }
            int diagonal = k * size + k;
            if (Math.sqrt(modulusSquare(diagonal)) < smallPivot) {
                luReal[diagonal] = smallPivot;
                luImaginary[diagonal] = 0.0;
            }
            double pivotReal = luReal[diagonal];
            double pivotImaginary = luImaginary[diagonal];
            double pivotModulusSquare = pivotReal * pivotReal + pivotImaginary * pivotImaginary;
            for (int i = k + 1; i < size; i++) {
                int below = i * size + k;
                // multiplier = M[i][k] / M[k][k]
                double multiplierReal = (luReal[below] * pivotReal + luImaginary[below] * pivotImaginary)
                        / pivotModulusSquare;
                double multiplierImaginary = (luImaginary[below] * pivotReal - luReal[below] * pivotImaginary)
                        / pivotModulusSquare;
                luReal[below] = multiplierReal;
                luImaginary[below] = multiplierImaginary;
                if (multiplierReal == 0.0 && multiplierImaginary == 0.0) {
                    continue;
                }
                for (int j = k + 1; j < size; j++) {
                    int upper = k * size + j;
                    int target = i * size + j;
                    luReal[target] -= multiplierReal * luReal[upper] - multiplierImaginary * luImaginary[upper];
                    luImaginary[target] -= multiplierReal * luImaginary[upper] + multiplierImaginary * luReal[upper];
                }
            }
        }
    }

    /** Solves {@code (H - theta I) z = x} with the stored factors, overwriting {@code x} by {@code z}. */
    private void solveInPlace(int size, double[] xReal, double[] xImaginary) {
        for (int k = 0; k < size; k++) {
            int pivot = pivots[k];
            if (pivot != k) {
                double heldReal = xReal[k];
                xReal[k] = xReal[pivot];
                xReal[pivot] = heldReal;
                double heldImaginary = xImaginary[k];
                xImaginary[k] = xImaginary[pivot];
                xImaginary[pivot] = heldImaginary;
            }
        }
        for (int i = 0; i < size; i++) {
            double sumReal = xReal[i];
            double sumImaginary = xImaginary[i];
            for (int j = 0; j < i; j++) {
                int index = i * size + j;
                sumReal -= luReal[index] * xReal[j] - luImaginary[index] * xImaginary[j];
                sumImaginary -= luReal[index] * xImaginary[j] + luImaginary[index] * xReal[j];
            }
            xReal[i] = sumReal;
            xImaginary[i] = sumImaginary;
        }
        for (int i = size - 1; i >= 0; i--) {
            double sumReal = xReal[i];
            double sumImaginary = xImaginary[i];
            for (int j = i + 1; j < size; j++) {
                int index = i * size + j;
                sumReal -= luReal[index] * xReal[j] - luImaginary[index] * xImaginary[j];
                sumImaginary -= luReal[index] * xImaginary[j] + luImaginary[index] * xReal[j];
            }
            int diagonal = i * size + i;
            double dReal = luReal[diagonal];
            double dImaginary = luImaginary[diagonal];
            double dSquare = dReal * dReal + dImaginary * dImaginary;
            xReal[i] = (sumReal * dReal + sumImaginary * dImaginary) / dSquare;
            xImaginary[i] = (sumImaginary * dReal - sumReal * dImaginary) / dSquare;
        }
    }

    private static void normalize(int size, double[] xReal, double[] xImaginary) {
        double largest = 0.0;
        for (int i = 0; i < size; i++) {
            largest = Math.max(largest, Math.max(Math.abs(xReal[i]), Math.abs(xImaginary[i])));
        }
        // Scaling by the largest entry first keeps the sum of squares from overflowing, because
        // inverse iteration grows the vector by up to 1 / eps per step.
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            xReal[i] /= largest;
            xImaginary[i] /= largest;
            sum += xReal[i] * xReal[i] + xImaginary[i] * xImaginary[i];
        }
        double inverseNorm = 1.0 / Math.sqrt(sum);
        for (int i = 0; i < size; i++) {
            xReal[i] *= inverseNorm;
            xImaginary[i] *= inverseNorm;
        }
    }

    private static void fixPhase(int size, double[] xReal, double[] xImaginary) {
        int largestIndex = 0;
        double largestSquare = -1.0;
        for (int i = 0; i < size; i++) {
            double square = xReal[i] * xReal[i] + xImaginary[i] * xImaginary[i];
            if (square > largestSquare) {
                largestSquare = square;
                largestIndex = i;
            }
        }
        double modulus = Math.sqrt(largestSquare);
        double phaseReal = xReal[largestIndex] / modulus;
        double phaseImaginary = -xImaginary[largestIndex] / modulus;
        for (int i = 0; i < size; i++) {
            double re = xReal[i] * phaseReal - xImaginary[i] * phaseImaginary;
            double im = xReal[i] * phaseImaginary + xImaginary[i] * phaseReal;
            xReal[i] = re;
            xImaginary[i] = im;
        }
        xImaginary[largestIndex] = 0.0;
    }

    private double modulusSquare(int index) {
        return luReal[index] * luReal[index] + luImaginary[index] * luImaginary[index];
    }

    private void swapRows(int size, int first, int second) {
        for (int j = 0; j < size; j++) {
            int a = first * size + j;
            int b = second * size + j;
            double held = luReal[a];
            luReal[a] = luReal[b];
            luReal[b] = held;
            held = luImaginary[a];
            luImaginary[a] = luImaginary[b];
            luImaginary[b] = held;
        }
    }
}
