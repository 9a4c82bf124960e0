package org.distdmf.core.linalg;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Dense reference computations for small operators: materialising a {@link LinearOperator} as an
 * EJML matrix and solving its eigenproblem with EJML's QR algorithms. The Krylov solvers are checked
 * against these, and small problems can use them directly.
 */
public final class DenseOperators {

    /**
     * Default maximum dimension for {@link #toMatrix(LinearOperator)}. A 4000 x 4000 matrix of
     * doubles takes 128 MB, and a dense eigen-solve of that size needs on the order of 10^11
     * floating-point operations.
     */
    public static final int DEFAULT_MAX_DIMENSION = 4000;

    /**
     * Largest accepted asymmetry {@code max |A(i,j) - A(j,i)|} of a "symmetric" matrix, relative to
     * {@code max |A(i,j)|}. Matrices built from Hessian-vector products are symmetric only up to
     * rounding, so exact symmetry is not required.
     */
    public static final double SYMMETRY_TOLERANCE = 1e-8;

    private static final Comparator<Complex_F64> BY_MODULUS_DESCENDING =
            Comparator.comparingDouble(Complex_F64::getMagnitude).reversed()
                    .thenComparing(Comparator.comparingDouble((Complex_F64 c) -> c.imaginary).reversed())
                    .thenComparing(Comparator.comparingDouble((Complex_F64 c) -> c.real).reversed());

    private DenseOperators() {
    }

    /**
     * Eigenvalues in descending order and matching unit eigenvectors of a symmetric matrix.
     *
     * @param eigenvalues  eigenvalues, largest first
     * @param eigenvectors {@code eigenvectors[i]} is a unit eigenvector for {@code eigenvalues[i]}
     */
    public record SymmetricEigenpairs(double[] eigenvalues, double[][] eigenvectors) {
    }

    /**
     * Materialises {@code operator} column by column with one application per column, refusing
     * dimensions above {@link #DEFAULT_MAX_DIMENSION}.
     *
     * @throws IllegalArgumentException if the dimension exceeds the limit
     */
    public static DMatrixRMaj toMatrix(LinearOperator operator) {
        return toMatrix(operator, DEFAULT_MAX_DIMENSION);
    }

    /**
     * Materialises {@code operator} column by column with one application per column.
     *
     * @param maxDimension largest dimension accepted, checked before any application
     * @throws IllegalArgumentException if the dimension exceeds {@code maxDimension} or is not positive
     */
    public static DMatrixRMaj toMatrix(LinearOperator operator, int maxDimension) {
        int n = operator.dimension();
        if (n <= 0) {
            throw new IllegalArgumentException("operator dimension must be positive, but is " + n);
        }
        if (n > maxDimension) {
            throw new IllegalArgumentException("operator dimension " + n + " exceeds the dense limit of "
                    + maxDimension + "; use a Krylov solver (LanczosEigenSolver or ArnoldiEigenSolver)"
                    + " or raise maxDimension if the memory (8 * dimension^2 bytes) is available");
        }
        DMatrixRMaj matrix = new DMatrixRMaj(n, n);
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            operator.apply(unit, column);
            unit[j] = 0.0;
            for (int i = 0; i < n; i++) {
                matrix.unsafe_set(i, j, column[i]);
            }
        }
        return matrix;
    }

    /**
     * Returns the eigenvalues of a symmetric matrix in descending order. The matrix is symmetrised
     * as {@code (A + A^T) / 2} first, and the input is not modified.
     *
     * @throws IllegalArgumentException if the matrix is not square or its asymmetry exceeds
     *                                  {@link #SYMMETRY_TOLERANCE}
     */
    public static double[] symmetricEigenvalues(DMatrixRMaj matrix) {
        return symmetricEigenpairs(matrix, false).eigenvalues();
    }

    /** Materialises {@code operator} and returns its eigenvalues in descending order. */
    public static double[] symmetricEigenvalues(LinearOperator operator) {
        return symmetricEigenvalues(toMatrix(operator));
    }

    /**
     * Returns the eigenvalues, in descending order, and unit eigenvectors of a symmetric matrix,
     * symmetrised as in {@link #symmetricEigenvalues(DMatrixRMaj)}.
     */
    public static SymmetricEigenpairs symmetricEigenpairs(DMatrixRMaj matrix) {
        return symmetricEigenpairs(matrix, true);
    }

    /**
     * Returns all eigenvalues of a general real square matrix, sorted by modulus in descending
     * order. Among equal moduli, positive imaginary parts come first, then larger real parts.
     *
     * @throws IllegalArgumentException if the matrix is not square
     */
    public static Complex_F64[] eigenvalues(DMatrixRMaj matrix) {
        requireSquare(matrix);
        int n = matrix.numRows;
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, false, false);
        if (!decomposition.decompose(matrix.copy())) {
            throw new IllegalStateException("EJML general eigen-decomposition failed for a " + n + " x " + n
                    + " matrix; check it for NaN or infinite entries");
        }
        Complex_F64[] values = new Complex_F64[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 value = decomposition.getEigenvalue(i);
            values[i] = new Complex_F64(value.real, value.imaginary);
        }
        Arrays.sort(values, BY_MODULUS_DESCENDING);
        return values;
    }

    /** Materialises {@code operator} and returns its eigenvalues sorted by modulus, largest first. */
    public static Complex_F64[] eigenvalues(LinearOperator operator) {
        return eigenvalues(toMatrix(operator));
    }

    /** Returns the spectral radius {@code max |lambda_i|} of a general real square matrix. */
    public static double spectralRadius(DMatrixRMaj matrix) {
        return eigenvalues(matrix)[0].getMagnitude();
    }

    /** Materialises {@code operator} and returns its spectral radius. */
    public static double spectralRadius(LinearOperator operator) {
        return spectralRadius(toMatrix(operator));
    }

    private static SymmetricEigenpairs symmetricEigenpairs(DMatrixRMaj matrix, boolean needVectors) {
        DMatrixRMaj symmetric = symmetrizedCopy(matrix);
        int n = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, needVectors, true);
        if (!decomposition.decompose(symmetric)) {
            throw new IllegalStateException("EJML symmetric eigen-decomposition failed for a " + n + " x " + n
                    + " matrix; check it for NaN or infinite entries");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> decomposition.getEigenvalue(i).real)
                .reversed());

        double[] values = new double[n];
        double[][] vectors = needVectors ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            values[i] = decomposition.getEigenvalue(order[i]).real;
            if (needVectors) {
                double[] vector = decomposition.getEigenVector(order[i]).data.clone();
                Vectors.normalize(vector);
                vectors[i] = vector;
            }
        }
        return new SymmetricEigenpairs(values, vectors);
    }

    private static DMatrixRMaj symmetrizedCopy(DMatrixRMaj matrix) {
        requireSquare(matrix);
        int n = matrix.numRows;
        double maxEntry = 0.0;
        double maxAsymmetry = 0.0;
        int worstRow = 0;
        int worstColumn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                maxEntry = Math.max(maxEntry, Math.abs(matrix.unsafe_get(i, j)));
                double asymmetry = Math.abs(matrix.unsafe_get(i, j) - matrix.unsafe_get(j, i));
                if (asymmetry > maxAsymmetry) {
                    maxAsymmetry = asymmetry;
                    worstRow = i;
                    worstColumn = j;
                }
            }
        }
        if (!(maxAsymmetry <= SYMMETRY_TOLERANCE * maxEntry)) {
            throw new IllegalArgumentException("matrix is not symmetric: |A(" + worstRow + "," + worstColumn
                    + ") - A(" + worstColumn + "," + worstRow + ")| = " + maxAsymmetry + " exceeds "
                    + SYMMETRY_TOLERANCE + " * max|A(i,j)| = " + SYMMETRY_TOLERANCE * maxEntry
                    + "; use eigenvalues(...) for general matrices");
        }
        DMatrixRMaj symmetric = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                symmetric.unsafe_set(i, j, 0.5 * (matrix.unsafe_get(i, j) + matrix.unsafe_get(j, i)));
            }
        }
        return symmetric;
    }

    private static void requireSquare(DMatrixRMaj matrix) {
        if (matrix.numRows != matrix.numCols || matrix.numRows == 0) {
            throw new IllegalArgumentException("matrix must be square and non-empty, but is "
                    + matrix.numRows + " x " + matrix.numCols);
        }
    }
}
