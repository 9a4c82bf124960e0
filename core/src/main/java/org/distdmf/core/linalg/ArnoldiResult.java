package org.distdmf.core.linalg;

import java.util.Arrays;

/**
 * Outcome of {@link ArnoldiEigenSolver#solve}. The arrays belong to the caller and are not copied.
 * See {@link ArnoldiEigenSolver} for what the figures guarantee.
 *
 * @param dominantReal           real part of the dominant (largest-modulus) Ritz value
 * @param dominantImaginary      imaginary part of the dominant Ritz value, never negative: of a
 *                               complex conjugate pair the member with positive imaginary part is
 *                               reported
 * @param modulus                modulus of the dominant Ritz value, the estimate of the spectral radius
 * @param ritzValuesReal         real parts of the largest-modulus Ritz values, largest modulus first
 *                               (ties: positive imaginary part first). Both members of a conjugate
 *                               pair appear. The length is {@link ArnoldiSettings#numberOfRitzValues()}
 *                               or the basis size, whichever is smaller.
 * @param ritzValuesImaginary    imaginary parts matching {@code ritzValuesReal}
 * @param ritzResidualEstimates  residual estimates {@code ||A y - theta y||} for unit Ritz vectors,
 *                               matching {@code ritzValuesReal}
 * @param residualEstimate       residual estimate of the dominant Ritz pair
 * @param operatorApplications   number of calls to {@link LinearOperator#apply}, exactly
 * @param converged              whether the dominant Ritz pair, and every Ritz pair that could
 *                               reach its modulus within its own residual, meets the tolerance
 * @param modulusSettled         whether the dominant modulus changed by at most the tolerance,
 *                               relatively, over the last full restart cycle. This stops the solve
 *                               even when the residual has not converged.
 * @param iterations             number of restart cycles: 1 when the solve needed no restart
 * @param warmStartVector        unit real vector in the span of the dominant Ritz vector (its real
 *                               plus imaginary part for a complex pair), a good start vector for a
 *                               solve on a nearby operator
 */
public record ArnoldiResult(double dominantReal, double dominantImaginary, double modulus,
        double[] ritzValuesReal, double[] ritzValuesImaginary, double[] ritzResidualEstimates,
        double residualEstimate, int operatorApplications, boolean converged, boolean modulusSettled,
        int iterations, double[] warmStartVector) {

    /** Returns whether the dominant Ritz value has a nonzero imaginary part. */
    public boolean dominantIsComplex() {
        return dominantImaginary != 0.0;
    }

    @Override
    public String toString() {
        return "ArnoldiResult[dominant=" + dominantReal + (dominantImaginary >= 0 ? "+" : "") + dominantImaginary
                + "i, modulus=" + modulus + ", residualEstimate=" + residualEstimate
                + ", ritzValuesReal=" + Arrays.toString(ritzValuesReal)
                + ", ritzValuesImaginary=" + Arrays.toString(ritzValuesImaginary)
                + ", operatorApplications=" + operatorApplications + ", converged=" + converged
                + ", modulusSettled=" + modulusSettled + ", iterations=" + iterations + "]";
    }
}
