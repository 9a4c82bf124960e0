package org.distdmf.core.linalg;

/**
 * Outcome of {@link LanczosEigenSolver#solve}. The arrays belong to the caller and are not copied.
 *
 * @param eigenvalues          Ritz values, most extreme first: descending for
 *                             {@link LanczosSettings.Which#LARGEST_ALGEBRAIC}, ascending for
 *                             {@link LanczosSettings.Which#SMALLEST_ALGEBRAIC}. The length is
 *                             {@code numberOfEigenvalues}, or less when the application limit ended
 *                             the solve before the basis had that many vectors.
 * @param eigenvectors         {@code eigenvectors[i]} is the unit Ritz vector of {@code eigenvalues[i]}
 * @param residualNorms        {@code residualNorms[i]} is {@code ||A y_i - theta_i y_i||}: the Lanczos
 *                             estimate {@code |beta_m * s_{m,i}|}, or the true norm when
 *                             {@link LanczosSettings#verifyResiduals()} is set
 * @param operatorApplications number of calls to {@link LinearOperator#apply}, exactly
 * @param converged            whether every returned pair meets the tolerance of
 *                             {@link LanczosSettings#tolerance()}
 * @param iterations           number of restart cycles: 1 when the solve needed no restart
 */
public record LanczosResult(double[] eigenvalues, double[][] eigenvectors, double[] residualNorms,
        int operatorApplications, boolean converged, int iterations) {

    /** Returns the first (most extreme) eigenvalue. */
    public double eigenvalue() {
        return eigenvalues[0];
    }

    /** Returns the unit Ritz vector of the first eigenvalue. */
    public double[] eigenvector() {
        return eigenvectors[0];
    }

    @Override
    public String toString() {
        return "LanczosResult[eigenvalues=" + java.util.Arrays.toString(eigenvalues)
                + ", residualNorms=" + java.util.Arrays.toString(residualNorms)
                + ", operatorApplications=" + operatorApplications + ", converged=" + converged
                + ", iterations=" + iterations + "]";
    }
}
