package org.distdmf.core.stability;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Eigenvalues of symmetric mixing matrices and of the combine step's matrix {@code V^T}. */
public final class MixingSpectra {

    private MixingSpectra() {
    }

    /** Returns the eigenvalues of a symmetric matrix in ascending order. */
    public static double[] eigenvalues(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eigen.decompose(symmetric.copy())) {
            throw new IllegalStateException("eigen-decomposition of the mixing matrix failed");
        }
        double[] values = new double[symmetric.numRows];
        for (int k = 0; k < values.length; k++) {
            values[k] = eigen.getEigenvalue(k).real;
        }
        Arrays.sort(values);
        return values;
    }

    /** Returns {@code lambda_min} of a symmetric matrix. */
    public static double lambdaMin(DMatrixRMaj symmetric) {
        return eigenvalues(symmetric)[0];
    }

    /** Returns {@code V^rounds}, the matrix one combine step applies when it runs {@code rounds} consensus rounds. */
    public static DMatrixRMaj combineMatrix(DMatrixRMaj mixing, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("consensus rounds must be at least 1 but is " + rounds);
        }
        DMatrixRMaj result = mixing.copy();
        DMatrixRMaj next = new DMatrixRMaj(mixing.numRows, mixing.numCols);
        for (int t = 1; t < rounds; t++) {
            CommonOps_DDRM.mult(result, mixing, next);
            result.setTo(next);
        }
        return result;
    }
}
