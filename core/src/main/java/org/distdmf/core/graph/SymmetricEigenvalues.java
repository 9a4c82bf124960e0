package org.distdmf.core.graph;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Eigenvalues of a dense symmetric matrix through EJML's symmetric QR algorithm. */
final class SymmetricEigenvalues {

    private SymmetricEigenvalues() {
    }

    /**
     * Returns the eigenvalues of {@code symmetric} in ascending order. Callers check symmetry
     * first, because the symmetric algorithm does not detect an asymmetric input.
     *
     * @throws IllegalStateException if EJML's decomposition fails to converge
     */
    static double[] ascending(DMatrixRMaj symmetric) {
        int n = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, false, true);
        if (!decomposition.decompose(symmetric.copy())) {
            throw new IllegalStateException("EJML symmetric eigen-decomposition of a " + n + " x " + n
                    + " matrix did not converge");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = decomposition.getEigenvalue(i).getReal();
        }
        Arrays.sort(values);
        return values;
    }
}
