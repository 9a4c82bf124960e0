package org.distdmf.core.stability;

import org.distdmf.core.linalg.ArnoldiEigenSolver;
import org.distdmf.core.linalg.ArnoldiResult;
import org.distdmf.core.linalg.ArnoldiSettings;
import org.distdmf.core.linalg.DenseOperators;
import org.distdmf.core.linalg.LinearOperator;

/**
 * The spectral radius {@code rho(J)} of a linearised DGD map, matrix-free by restarted Arnoldi, with a
 * dense eigen-solve as the reference for small maps.
 *
 * @param value {@code rho(J)}
 * @param dominantReal real part of the dominant eigenvalue
 * @param dominantImaginary imaginary part (non-zero for a complex pair)
 * @param converged whether the Arnoldi estimate met its tolerance (always true for the dense solve)
 * @param mapApplications applications of {@code J}, each one Hessian-vector product per agent
 * @param warmStart a vector to start the next, nearby solve from
 */
public record SpectralRadius(double value, double dominantReal, double dominantImaginary, boolean converged,
        int mapApplications, double[] warmStart) {

    /** Largest map dimension {@link #dense} accepts. */
    public static final int DENSE_LIMIT = 3000;

    /** Estimates {@code rho(map)} matrix-free; {@code warmStart} may be null. */
    public static SpectralRadius arnoldi(LinearOperator map, double tolerance, long seed, double[] warmStart) {
        ArnoldiSettings settings = ArnoldiSettings.defaults().withTolerance(tolerance).withSeed(seed);
        if (warmStart != null && warmStart.length == map.dimension()) {
            settings = settings.withStartVector(warmStart);
        }
        ArnoldiResult result = new ArnoldiEigenSolver(settings).solve(map);
        return new SpectralRadius(result.modulus(), result.dominantReal(), result.dominantImaginary(), result.converged(),
                result.operatorApplications(), result.warmStartVector());
    }

    /** Computes {@code rho(map)} from its dense matrix; for reference on maps of dimension up to {@link #DENSE_LIMIT}. */
    public static SpectralRadius dense(LinearOperator map) {
        org.ejml.data.Complex_F64[] eigenvalues = DenseOperators.eigenvalues(DenseOperators.toMatrix(map, DENSE_LIMIT));
        org.ejml.data.Complex_F64 dominant = eigenvalues[0];
        for (org.ejml.data.Complex_F64 eigenvalue : eigenvalues) {
            if (eigenvalue.getMagnitude() > dominant.getMagnitude()) {
                dominant = eigenvalue;
            }
        }
        return new SpectralRadius(dominant.getMagnitude(), dominant.real, dominant.imaginary, true, map.dimension(), null);
    }
}
