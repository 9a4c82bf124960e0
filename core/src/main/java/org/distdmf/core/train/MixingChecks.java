package org.distdmf.core.train;

import org.ejml.data.DMatrixRMaj;

/** The checks a mixing matrix must pass before DGD uses it. */
public final class MixingChecks {

    private static final double TOLERANCE = 1e-9;

    private MixingChecks() {
    }

    /**
     * Throws naming the entry, row or shape when {@code v} is not a finite, symmetric, row-stochastic
     * {@code n x n} matrix (tolerance 1e-9).
     */
    public static void requireMixingMatrix(DMatrixRMaj v, int agents) {
        if (v.numRows != agents || v.numCols != agents) {
            throw new IllegalArgumentException("mixing matrix is " + v.numRows + " x " + v.numCols + " but the problem has "
                    + agents + " agents");
        }
        for (int i = 0; i < agents; i++) {
            double rowSum = 0;
            for (int j = 0; j < agents; j++) {
                double value = v.get(i, j);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("mixing matrix entry (" + i + ", " + j + ") is " + value);
                }
                if (Math.abs(value - v.get(j, i)) > TOLERANCE) {
                    throw new IllegalArgumentException("mixing matrix is not symmetric: entry (" + i + ", " + j + ") is "
                            + value + " but (" + j + ", " + i + ") is " + v.get(j, i));
                }
                rowSum += value;
            }
            if (Math.abs(rowSum - 1) > TOLERANCE) {
                throw new IllegalArgumentException("mixing matrix row " + i + " sums to " + rowSum + ", not 1");
            }
        }
    }
}
