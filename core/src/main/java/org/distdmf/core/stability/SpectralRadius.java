package org.distdmf.core.stability;

import org.distdmf.core.linalg.ArnoldiEigenSolver;
import org.distdmf.core.linalg.ArnoldiResult;
import org.distdmf.core.linalg.ArnoldiSettings;
import org.distdmf.core.linalg.DenseOperators;
import org.distdmf.core.linalg.LanczosEigenSolver;
import org.distdmf.core.linalg.LanczosResult;
import org.distdmf.core.linalg.LanczosSettings;
import org.distdmf.core.linalg.LinearOperator;

/**
 * The spectral radius {@code rho(J)} of a linearised DGD map, matrix-free, with a dense eigen-solve as
 * the reference for small maps. Combine-then-adapt with a symmetric {@code V} gives a symmetric map
 * ({@code V (x) I} minus a block diagonal of symmetric {@code eta_i H_i}), handled by Lanczos at both
 * ends of the spectrum; other maps go to restarted Arnoldi.
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

    /** Map applications allowed for the smallest eigenvalue of a symmetric map, the end that decides stability. */
    static final int SMALLEST_END_BUDGET = 1000;

    /** Map applications allowed for the largest eigenvalue of a symmetric map. */
    static final int LARGEST_END_BUDGET = 200;

    /** Largest map dimension {@link #dense} accepts. */
    public static final int DENSE_LIMIT = 3000;

    /** Estimates {@code rho(map)} matrix-free; {@code warmStart} may be null. */
    public static SpectralRadius arnoldi(LinearOperator map, double tolerance, long seed, double[] warmStart) {
        ArnoldiSettings settings = ArnoldiSettings.defaults().withTolerance(tolerance).withSeed(seed);
        if (warmStart != null && warmStart.length == map.dimension()) {
            settings = settings.withStartVector(warmStart);
        }
        ArnoldiResult result = new ArnoldiEigenSolver(settings).solve(map);
        // A modulus that settled over a whole restart cycle is accepted, since the stability verdict
        // needs the modulus, not the eigenvector.
        return new SpectralRadius(result.modulus(), result.dominantReal(), result.dominantImaginary(),
                result.converged() || result.modulusSettled(),
                result.operatorApplications(), result.warmStartVector());
    }

    /**
     * Computes {@code rho(map)} of a symmetric map from its two extreme eigenvalues, each by Lanczos:
     * more reliable than Arnoldi when many eigenvalues crowd near 1, as they do for DGD maps.
     *
     * @param warmStarts start vectors for the largest and the smallest eigenvalue (entries may be null)
     */
    public static SpectralRadius symmetric(LinearOperator map, double tolerance, long seed, double[][] warmStarts) {
        double lanczosTolerance = Math.max(tolerance, 1e-12);
        LanczosResult smallest = new LanczosEigenSolver(lanczosSettings(map, lanczosTolerance, seed + 1, warmStarts[1],
                LanczosSettings.Which.SMALLEST_ALGEBRAIC, SMALLEST_END_BUDGET)).solve(map);
        // The largest eigenvalue of a DGD map often sits in a tight cluster just below 1 (consensus
        // directions with little curvature), where Lanczos converges slowly. A Ritz value never exceeds
        // the eigenvalue it approximates, so a bounded budget still gives a lower bound, and the
        // verdict rho >= 1 rarely depends on that end.
        LanczosResult largest = new LanczosEigenSolver(lanczosSettings(map, Math.max(lanczosTolerance, 1e-6), seed,
                warmStarts[0], LanczosSettings.Which.LARGEST_ALGEBRAIC, LARGEST_END_BUDGET)).solve(map);
        warmStarts[0] = largest.eigenvector();
        warmStarts[1] = smallest.eigenvector();

        double top = largest.eigenvalue();
        double bottom = smallest.eigenvalue();
        boolean bottomDominates = Math.abs(bottom) >= Math.abs(top);
        double dominant = bottomDominates ? bottom : top;
        // Converged when the dominant end met its tolerance, or when the unconverged top end cannot
        // overtake a converged bottom end within its residual.
        boolean converged = bottomDominates
                ? smallest.converged() && (largest.converged() || top + largest.residualNorms()[0] <= Math.abs(bottom))
                : largest.converged();
        return new SpectralRadius(Math.abs(dominant), dominant, 0.0, converged,
                largest.operatorApplications() + smallest.operatorApplications(),
                bottomDominates ? smallest.eigenvector() : largest.eigenvector());
    }

    private static LanczosSettings lanczosSettings(LinearOperator map, double tolerance, long seed, double[] start,
            LanczosSettings.Which which, int budget) {
        LanczosSettings settings = LanczosSettings.defaults().withWhich(which).withTolerance(tolerance).withSeed(seed)
                .withMaxBasisSize(Math.min(40, Math.max(2, map.dimension()))).withMaxOperatorApplications(budget);
        if (start != null && start.length == map.dimension()) {
            settings = settings.withStartVector(start);
        }
        return settings;
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
