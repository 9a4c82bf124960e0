package org.distdmf.core.problem;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/** Rescaling applied to a target read from data before it is factorized. */
public enum Standardisation {
    /** Use the values as they are. */
    NONE,
    /** Subtract each column's mean and divide by its standard deviation (a constant column is only centred). */
    STANDARDIZE_COLUMNS,
    /** Divide the whole matrix by its Frobenius norm. */
    UNIT_FROBENIUS_NORM;

    /** Returns a rescaled copy of {@code matrix}. */
    public DMatrixRMaj apply(DMatrixRMaj matrix) {
        DMatrixRMaj result = matrix.copy();
        switch (this) {
            case STANDARDIZE_COLUMNS:
                for (int c = 0; c < result.numCols; c++) {
                    double mean = 0;
                    for (int r = 0; r < result.numRows; r++) {
                        mean += result.get(r, c);
                    }
                    mean /= result.numRows;
                    double variance = 0;
                    for (int r = 0; r < result.numRows; r++) {
                        double centred = result.get(r, c) - mean;
                        variance += centred * centred;
                    }
                    double deviation = result.numRows > 1 ? Math.sqrt(variance / (result.numRows - 1)) : 0;
                    for (int r = 0; r < result.numRows; r++) {
                        double centred = result.get(r, c) - mean;
                        result.set(r, c, deviation > 0 ? centred / deviation : centred);
                    }
                }
                break;
            case UNIT_FROBENIUS_NORM:
                double norm = NormOps_DDRM.normF(result);
                if (norm > 0) {
                    org.ejml.dense.row.CommonOps_DDRM.divide(result, norm);
                }
                break;
            default:
                break;
        }
        return result;
    }
}
