package org.distdmf.core.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A {@link LinearOperator} backed by a square dense EJML matrix, for tests and for problems small
 * enough to store.
 *
 * <p>The operator keeps a reference to the matrix, so later changes to the matrix change the
 * operator.
 */
public final class MatrixOperator implements LinearOperator {

    private final DMatrixRMaj matrix;

    /**
     * Wraps {@code matrix}.
     *
     * @throws IllegalArgumentException if the matrix is not square or has no rows
     */
    public MatrixOperator(DMatrixRMaj matrix) {
        if (matrix.numRows != matrix.numCols || matrix.numRows == 0) {
            throw new IllegalArgumentException("matrix must be square and non-empty, but is "
                    + matrix.numRows + " x " + matrix.numCols);
        }
        this.matrix = matrix;
    }

    /** Returns the wrapped matrix (not a copy). */
    public DMatrixRMaj matrix() {
        return matrix;
    }

    @Override
    public int dimension() {
        return matrix.numRows;
    }

    /**
     * Writes {@code A x} into {@code y}.
     *
     * @throws IllegalArgumentException if either array length differs from {@link #dimension()}
     */
    @Override
    public void apply(double[] x, double[] y) {
        int n = matrix.numRows;
        if (x.length != n || y.length != n) {
            throw new IllegalArgumentException("x and y must have length " + n + ", but have lengths "
                    + x.length + " and " + y.length);
        }
        double[] data = matrix.data;
        for (int row = 0; row < n; row++) {
            int offset = row * n;
            double sum = 0.0;
            for (int column = 0; column < n; column++) {
                sum += data[offset + column] * x[column];
            }
            y[row] = sum;
        }
    }
}
