package org.distdmf.core.linalg;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Seeded test matrices with known structure or spectrum. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** Symmetric matrix with independent N(0, 1/n) entries on and above the diagonal. */
    static DMatrixRMaj randomSymmetric(int n, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj matrix = new DMatrixRMaj(n, n);
        double scale = 1.0 / Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value = random.nextGaussian() * scale;
                matrix.set(i, j, value);
                matrix.set(j, i, value);
            }
        }
        return matrix;
    }

    /** Matrix with independent standard normal entries. */
    static DMatrixRMaj gaussian(int rows, int columns, Random random) {
        DMatrixRMaj matrix = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < matrix.data.length; i++) {
            matrix.data[i] = random.nextGaussian();
        }
        return matrix;
    }

    /** Orthogonal factor of the QR decomposition of a Gaussian matrix. */
    static DMatrixRMaj randomOrthogonal(int n, Random random) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(gaussian(n, n, random))) {
            throw new IllegalStateException("QR failed");
        }
        return qr.getQ(null, false);
    }

    /** Returns {@code Q diag(spectrum) Q^T} for a random orthogonal {@code Q}, symmetrised exactly. */
    static DMatrixRMaj withSpectrum(double[] spectrum, Random random) {
        return withSpectrum(spectrum, randomOrthogonal(spectrum.length, random));
    }

    /** Returns {@code Q diag(spectrum) Q^T} for the given orthogonal {@code Q}, symmetrised exactly. */
    static DMatrixRMaj withSpectrum(double[] spectrum, DMatrixRMaj q) {
        int n = spectrum.length;
        DMatrixRMaj scaled = q.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scaled.set(i, j, q.get(i, j) * spectrum[j]);
            }
        }
        DMatrixRMaj result = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(scaled, q, result);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (result.get(i, j) + result.get(j, i));
                result.set(i, j, mean);
                result.set(j, i, mean);
            }
        }
        return result;
    }

    /** Returns {@code X B X^{-1}}, which has the eigenvalues of {@code B}. */
    static DMatrixRMaj similar(DMatrixRMaj b, DMatrixRMaj x) {
        DMatrixRMaj inverse = x.copy();
        if (!CommonOps_DDRM.invert(inverse)) {
            throw new IllegalStateException("similarity transform is singular");
        }
        DMatrixRMaj temporary = new DMatrixRMaj(b.numRows, b.numCols);
        CommonOps_DDRM.mult(x, b, temporary);
        DMatrixRMaj result = new DMatrixRMaj(b.numRows, b.numCols);
        CommonOps_DDRM.mult(temporary, inverse, result);
        return result;
    }

    /** Well-conditioned non-orthogonal similarity: {@code I + 0.3 G / sqrt(n)}. */
    static DMatrixRMaj nearIdentity(int n, Random random) {
        DMatrixRMaj x = gaussian(n, n, random);
        CommonOps_DDRM.scale(0.3 / Math.sqrt(n), x);
        for (int i = 0; i < n; i++) {
            x.add(i, i, 1.0);
        }
        return x;
    }

    /** Writes the rotation-scaling block {@code modulus * [[cos, -sin], [sin, cos]]} at {@code (at, at)}. */
    static void setRotationBlock(DMatrixRMaj matrix, int at, double modulus, double angle) {
        matrix.set(at, at, modulus * Math.cos(angle));
        matrix.set(at, at + 1, -modulus * Math.sin(angle));
        matrix.set(at + 1, at, modulus * Math.sin(angle));
        matrix.set(at + 1, at + 1, modulus * Math.cos(angle));
    }

    /** Metropolis-Hastings mixing matrix of the ring on {@code agents >= 3} nodes: 1/3 on the diagonal and to each neighbour. */
    static DMatrixRMaj metropolisRing(int agents) {
        DMatrixRMaj v = new DMatrixRMaj(agents, agents);
        for (int i = 0; i < agents; i++) {
            v.set(i, i, 1.0 / 3.0);
            v.set(i, (i + 1) % agents, 1.0 / 3.0);
            v.set(i, (i + agents - 1) % agents, 1.0 / 3.0);
        }
        return v;
    }

    /**
     * Linearised DGD map {@code J = V (x) I_p - diag(eta) (x) I_p * blockdiag(H_i)}, built densely.
     */
    static DMatrixRMaj dgdMap(DMatrixRMaj mixing, DMatrixRMaj[] hessians, double[] stepSizes) {
        int agents = mixing.numRows;
        int p = hessians[0].numRows;
        DMatrixRMaj j = new DMatrixRMaj(agents * p, agents * p);
        for (int a = 0; a < agents; a++) {
            for (int b = 0; b < agents; b++) {
                double weight = mixing.get(a, b);
                for (int r = 0; r < p; r++) {
                    j.add(a * p + r, b * p + r, weight);
                }
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    j.add(a * p + r, a * p + c, -stepSizes[a] * hessians[a].get(r, c));
                }
            }
        }
        return j;
    }
}
