package org.distdmf.core.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Extreme eigenvalues and eigenvectors of a symmetric {@link LinearOperator} by the Lanczos method
 * with full reorthogonalisation and thick restart (Wu and Simon, 2000).
 *
 * <p>Each step applies the operator once and orthogonalises the product against every stored
 * Lanczos vector (two Gram-Schmidt passes), so the basis stays orthonormal to working precision
 * and no spurious copies of converged eigenvalues appear. When the basis reaches
 * {@link LanczosSettings#maxBasisSize()} vectors, the solver keeps the best Ritz vectors (about
 * half the basis, at least {@code k}) and continues from the last residual vector. The projected
 * matrix is then no longer tridiagonal, so it is stored dense and solved with EJML's symmetric QR
 * algorithm.
 *
 * <p>Convergence uses the Lanczos residual estimate {@code ||A y - theta y|| = |beta_m s_{m,i}|},
 * which holds up to rounding as long as the basis is orthonormal. When the product {@code A v_j}
 * lies in the span of the basis (see {@link #INVARIANT_SUBSPACE_TOLERANCE}), the subspace is
 * invariant and the Ritz pairs are exact. The solver then stops, unless it has fewer than
 * {@code k} vectors. In that case it continues from a random vector orthogonal to the basis.
 *
 * <p>What is guaranteed: every returned pair {@code (theta, y)} has the reported residual, so for
 * a symmetric operator an eigenvalue lies within {@code residualNorms[i]} of {@code theta}. As with
 * every Krylov method, an eigenvector orthogonal to the start vector stays invisible. A random
 * start avoids this with probability one, but a warm start that is exactly an eigenvector of a
 * non-extreme eigenvalue returns that eigenvalue.
 *
 * <p>NOTE: a single-vector Krylov method finds only one copy of a multiple eigenvalue, and an
 * eigenvalue cluster much tighter than the tolerance may be returned with too few copies. Use
 * {@link DenseOperators} as a reference when multiplicities matter.
 *
 * <p>Instances are immutable and can be shared; each call to {@link #solve} has its own state.
 */
public final class LanczosEigenSolver {

    /**
     * Threshold on {@code ||r|| / ||A v_j||}, where {@code r} is {@code A v_j} after
     * orthogonalisation. Below it the Krylov subspace counts as invariant.
     */
    public static final double INVARIANT_SUBSPACE_TOLERANCE = 1e-12;

    /**
     * Residual floor relative to the estimated operator norm. Residuals of eigenvalues near zero
     * cannot be made small relative to the eigenvalue itself, so they converge at this level.
     */
    public static final double RESIDUAL_FLOOR = 1e-12;

    private static final Logger LOGGER = Logger.getLogger(LanczosEigenSolver.class.getName());

    private final LanczosSettings settings;

    public LanczosEigenSolver(LanczosSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings is missing; pass LanczosSettings.defaults() or a variant");
        }
        this.settings = settings;
    }

    /** Creates a solver with {@link LanczosSettings#defaults()}. */
    public LanczosEigenSolver() {
        this(LanczosSettings.defaults());
    }

    public LanczosSettings settings() {
        return settings;
    }

    /**
     * Computes the {@code k} extreme eigenpairs of the symmetric operator. The operator is not
     * checked for symmetry, and a non-symmetric operator gives meaningless results.
     *
     * <p>When the application limit ends the solve first, the best Ritz pairs so far are returned
     * with {@code converged == false}.
     *
     * @throws IllegalArgumentException if {@code numberOfEigenvalues} exceeds the dimension, if
     *                                  {@code maxBasisSize < numberOfEigenvalues + 2} while below the
     *                                  dimension, if the start vector length differs from the
     *                                  dimension, or if the application limit leaves no room for
     *                                  the residual verification
     * @throws ArithmeticException      if the operator returns NaN or infinite entries
     */
    public LanczosResult solve(LinearOperator operator) {
        if (operator == null) {
            throw new IllegalArgumentException("operator is missing");
        }
        LanczosResult result = new Run(operator).execute();
        if (LOGGER.isLoggable(Level.FINE)) {
            LOGGER.fine("Lanczos on dimension " + operator.dimension() + ": " + result);
        }
        return result;
    }

    /** State of one solve. */
    private final class Run {

        private final LinearOperator operator;
        private final int dimension;
        private final int requested;
        private final int capacity;
        private final int stepBudget;
        private final boolean largest;
        private final Random random;
        private final KrylovBasis basis;

        /** Projected matrix {@code V^T A V}, dense because thick restarts fill its leading rows. */
        private final double[][] projected;
        private final double[] product;
        private final double[] coefficients;

        private final DMatrixRMaj small;

        /** Ritz values of the current projected matrix, most requested first. */
        private final double[] ritzValues;
        /** {@code ritzVectors[i]} contains the coordinates of Ritz vector {@code i} in the basis. */
        private final double[][] ritzVectors;
        private int ritzCount;
        private double normEstimate;

        private int applications;
        private int cycles = 1;

        Run(LinearOperator operator) {
            this.operator = operator;
            this.dimension = operator.dimension();
            this.requested = settings.numberOfEigenvalues();
            this.largest = settings.which() == LanczosSettings.Which.LARGEST_ALGEBRAIC;
            if (dimension < 1) {
                throw new IllegalArgumentException("operator dimension must be positive, but is " + dimension);
            }
            if (requested > dimension) {
                throw new IllegalArgumentException("numberOfEigenvalues = " + requested
                        + " exceeds the operator dimension " + dimension + "; request at most " + dimension);
            }
            this.capacity = Math.min(settings.maxBasisSize(), dimension);
            if (capacity < dimension && capacity < requested + 2) {
                throw new IllegalArgumentException("maxBasisSize = " + settings.maxBasisSize()
                        + " is too small for numberOfEigenvalues = " + requested + "; use at least " + (requested + 2));
            }
            int verification = settings.verifyResiduals() ? requested : 0;
            this.stepBudget = settings.maxOperatorApplications() - verification;
            if (stepBudget < 1) {
                throw new IllegalArgumentException("maxOperatorApplications = " + settings.maxOperatorApplications()
                        + " leaves no application for the iteration after " + verification
                        + " for residual verification; use at least " + (verification + 1));
            }
            this.random = new Random(settings.seed());
            this.basis = new KrylovBasis(dimension, capacity + 1);
            this.projected = new double[capacity][capacity];
            this.product = new double[dimension];
            this.coefficients = new double[capacity + 1];
            this.small = new DMatrixRMaj(capacity, capacity);
            this.ritzValues = new double[capacity];
            this.ritzVectors = new double[capacity][capacity];
        }

        LanczosResult execute() {
            KrylovSettingsChecks.fillStartVector(settings.startVector(), random, basis.vector(0));
            boolean converged = false;
            int size = 0;
            double beta = 0.0;
            int next = 0;
            while (true) {
                operator.apply(basis.vector(next), product);
                applications++;
                KrylovSettingsChecks.requireFiniteProduct(product, applications);

                double productNorm = Vectors.norm(product);
                Arrays.fill(coefficients, 0, next + 1, 0.0);
                basis.orthogonalize(product, next + 1, coefficients);
                projected[next][next] = coefficients[next];
                size = next + 1;

                beta = Vectors.norm(product);
                boolean invariant = beta <= INVARIANT_SUBSPACE_TOLERANCE * productNorm || size == dimension;
                if (invariant) {
                    beta = 0.0;
                } else {
                    double[] following = basis.vector(size);
                    System.arraycopy(product, 0, following, 0, dimension);
                    Vectors.scale(1.0 / beta, following);
                }

                computeRitzPairs(size);
                converged = size >= requested && requestedConverged(beta, size);
                if (converged || applications >= stepBudget) {
                    break;
                }
                if (invariant) {
                    // Fewer than k vectors span an invariant subspace, so the iteration continues in its complement.
                    basis.fillRandomOrthogonal(size, random, coefficients);
                    next = size;
                } else if (size == capacity) {
                    next = thickRestart(beta);
                    cycles++;
                } else {
                    projected[size - 1][size] = beta;
                    projected[size][size - 1] = beta;
                    next = size;
                }
            }
            return assembleResult(size, beta, converged);
        }

        /** Solves the projected eigenproblem of the leading {@code size x size} block. */
        private void computeRitzPairs(int size) {
            small.reshape(size, size);
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    small.unsafe_set(i, j, projected[i][j]);
                }
            }
            // EJML 0.46.1's symmetric decomposition throws when reused on a smaller matrix, as after a
            // restart, so every call gets a new one.
            EigenDecomposition_F64<DMatrixRMaj> smallSolver = DecompositionFactory_DDRM.eig(size, true, true);
            if (!smallSolver.decompose(small)) {
                throw new ArithmeticException("EJML symmetric eigen-solver failed on the projected matrix of size "
                        + size + " x " + size);
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Comparator<Integer> ascending = Comparator.comparingDouble(i -> smallSolver.getEigenvalue(i).real);
            Arrays.sort(order, largest ? ascending.reversed() : ascending);

            normEstimate = 0.0;
            for (int i = 0; i < size; i++) {
                ritzValues[i] = smallSolver.getEigenvalue(order[i]).real;
                normEstimate = Math.max(normEstimate, Math.abs(ritzValues[i]));
                DMatrixRMaj vector = smallSolver.getEigenVector(order[i]);
                double norm = 0.0;
                for (int r = 0; r < size; r++) {
                    norm += vector.data[r] * vector.data[r];
                }
                double inverseNorm = 1.0 / Math.sqrt(norm);
                for (int r = 0; r < size; r++) {
                    ritzVectors[i][r] = vector.data[r] * inverseNorm;
                }
            }
            ritzCount = size;
        }

        private boolean requestedConverged(double beta, int size) {
            for (int i = 0; i < requested; i++) {
                double residual = Math.abs(beta * ritzVectors[i][size - 1]);
                if (!meetsTolerance(residual, ritzValues[i])) {
                    return false;
                }
            }
            return true;
        }

        private boolean meetsTolerance(double residual, double ritzValue) {
            double bound = Math.max(settings.tolerance() * Math.abs(ritzValue), RESIDUAL_FLOOR * normEstimate);
            return residual <= bound;
        }

        /**
         * Keeps the best Ritz vectors as the new leading basis vectors and moves the residual vector
         * behind them. With Ritz values {@code theta_i} and last coordinates {@code s_i}, the
         * projected matrix becomes {@code diag(theta)} bordered by the couplings
         * {@code beta * s_i} in the row and column of the residual vector. Returns the index of the
         * vector to expand next.
         */
        private int thickRestart(double beta) {
            int size = capacity;
            int retained = Math.min(size - 2, requested + (size - requested) / 2);
            double[][] transformation = new double[size][retained];
            for (int i = 0; i < retained; i++) {
                for (int r = 0; r < size; r++) {
                    transformation[r][i] = ritzVectors[i][r];
                }
            }
            basis.transform(size, transformation, retained);
            basis.swap(size, retained);

            for (double[] row : projected) {
                Arrays.fill(row, 0.0);
            }
            for (int i = 0; i < retained; i++) {
                projected[i][i] = ritzValues[i];
                double coupling = beta * ritzVectors[i][size - 1];
                projected[i][retained] = coupling;
                projected[retained][i] = coupling;
            }
            return retained;
        }

        private LanczosResult assembleResult(int size, double beta, boolean converged) {
            int count = Math.min(requested, ritzCount);
            double[] eigenvalues = Arrays.copyOf(ritzValues, count);
            double[][] eigenvectors = new double[count][dimension];
            double[] residuals = new double[count];
            for (int i = 0; i < count; i++) {
                basis.combine(size, ritzVectors[i], eigenvectors[i]);
                Vectors.normalize(eigenvectors[i]);
                residuals[i] = Math.abs(beta * ritzVectors[i][size - 1]);
            }
            if (settings.verifyResiduals()) {
                converged = count == requested;
                for (int i = 0; i < count; i++) {
                    operator.apply(eigenvectors[i], product);
                    applications++;
                    KrylovSettingsChecks.requireFiniteProduct(product, applications);
                    Vectors.axpy(-eigenvalues[i], eigenvectors[i], product);
                    residuals[i] = Vectors.norm(product);
                    converged &= meetsTolerance(residuals[i], eigenvalues[i]);
                }
            }
            return new LanczosResult(eigenvalues, eigenvectors, residuals, applications, converged, cycles);
        }
    }
}
