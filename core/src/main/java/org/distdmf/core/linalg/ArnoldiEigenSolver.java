package org.distdmf.core.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The largest-modulus eigenvalue of a general real {@link LinearOperator}, and so its spectral
 * radius, by the restarted Arnoldi method.
 *
 * <p>Each step applies the operator once and orthogonalises the product against every stored
 * Arnoldi vector with two passes of modified Gram-Schmidt. The small projected eigenproblem is
 * solved with EJML's general eigen-decomposition, so a dominant complex conjugate pair is found as
 * such. When the basis is full, the solver restarts in the manner of Krylov-Schur (Stewart, 2001).
 * It keeps an orthonormal basis of the invariant subspace of the projected matrix that belongs to
 * the largest-modulus Ritz values, about half the basis. That basis comes from their eigenvectors
 * rather than from a reordered Schur form, because EJML provides no Schur reordering. If those
 * eigenvectors are too close to dependent for the kept subspace to be invariant, the solver keeps
 * only the dominant Ritz vector or, failing that, restarts Arnoldi from it.
 *
 * <h2>Stopping rules</h2>
 * <ul>
 *   <li><b>Converged:</b> the dominant Ritz pair {@code (theta, y)} has residual
 *       {@code ||A y - theta y|| <= max(tolerance * |theta|, 1e-12 * ||H||_F)}, and so does every
 *       other Ritz pair whose modulus plus residual reaches {@code |theta|}. The second condition
 *       matters when many eigenvalues have nearly the dominant modulus: an unconverged Ritz value
 *       near such a cluster could still grow past the reported one.</li>
 *   <li><b>Modulus settled:</b> the dominant modulus changed by at most {@code tolerance},
 *       relatively, over a whole restart cycle. This covers a dominant eigenvalue inside a dense
 *       cluster, whose Ritz value settles long before its Ritz vector.</li>
 *   <li>The application limit, or an invariant Krylov subspace (the Ritz values are then exact).</li>
 * </ul>
 *
 * <h2>What is guaranteed</h2>
 * The reported dominant Ritz value is an exact eigenvalue of {@code A + E} with
 * {@code ||E||_2 = residualEstimate} (up to rounding). For a normal operator an eigenvalue of
 * {@code A} therefore lies within {@code residualEstimate} of it, so the spectral radius is at least
 * {@code modulus - residualEstimate}. For a non-normal operator the eigenvalue error can be larger
 * by the condition number of the eigenvalue. The modulus is not an upper bound: like every Krylov
 * method, the solver cannot see an eigenvector orthogonal to the start vector, and a warm start
 * inside an invariant subspace that misses the dominant eigenvector returns a smaller modulus. When
 * only the modulus settled, there is no residual bound and {@code converged} is false.
 *
 * <p>Instances are immutable and can be shared; each call to {@link #solve} has its own state.
 */
public final class ArnoldiEigenSolver {

    /**
     * Threshold on {@code ||r|| / ||A v_j||}, where {@code r} is {@code A v_j} after
     * orthogonalisation. Below it the Krylov subspace counts as invariant.
     */
    public static final double INVARIANT_SUBSPACE_TOLERANCE = 1e-12;

    /** Residual floor relative to the Frobenius norm of the projected matrix. */
    public static final double RESIDUAL_FLOOR = 1e-12;

    /**
     * A kept eigenvector whose norm drops below this fraction when orthogonalised against the
     * ones before it counts as dependent on them.
     */
    private static final double DEPENDENT_VECTOR_FRACTION = 1e-8;

    private static final Logger LOGGER = Logger.getLogger(ArnoldiEigenSolver.class.getName());

    private static final Comparator<Complex_F64> BY_MODULUS_DESCENDING =
            Comparator.comparingDouble(Complex_F64::getMagnitude).reversed()
                    .thenComparing(Comparator.comparingDouble((Complex_F64 c) -> c.imaginary).reversed())
                    .thenComparing(Comparator.comparingDouble((Complex_F64 c) -> c.real).reversed());

    private final ArnoldiSettings settings;

    public ArnoldiEigenSolver(ArnoldiSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings is missing; pass ArnoldiSettings.defaults() or a variant");
        }
        this.settings = settings;
    }

    /** Creates a solver with {@link ArnoldiSettings#defaults()}. */
    public ArnoldiEigenSolver() {
        this(ArnoldiSettings.defaults());
    }

    public ArnoldiSettings settings() {
        return settings;
    }

    /**
     * Estimates the dominant eigenvalue and spectral radius of {@code operator}. When the
     * application limit ends the solve first, the current estimate is returned with
     * {@code converged == false} and {@code modulusSettled == false}.
     *
     * @throws IllegalArgumentException if the start vector length differs from the dimension
     * @throws ArithmeticException      if the operator returns NaN or infinite entries
     */
    public ArnoldiResult solve(LinearOperator operator) {
        if (operator == null) {
            throw new IllegalArgumentException("operator is missing");
        }
        ArnoldiResult result = new Run(operator).execute();
        if (LOGGER.isLoggable(Level.FINE)) {
            LOGGER.fine("Arnoldi on dimension " + operator.dimension() + ": " + result);
        }
        return result;
    }

    /** State of one solve. */
    private final class Run {

        private final LinearOperator operator;
        private final int dimension;
        private final int capacity;
        private final double tolerance;
        private final Random random;
        private final KrylovBasis basis;

        /**
         * Projected matrix {@code H = V^T A V}. It is upper Hessenberg except for the leading block
         * and the coupling row that a restart writes.
         */
        private final double[][] projected;
        private final double[] product;
        private final double[] coefficients;

        private final DMatrixRMaj small;
        private final EigenDecomposition_F64<DMatrixRMaj> smallSolver;
        private final ComplexInverseIteration inverseIteration;

        /** Ritz values sorted by modulus, largest first. */
        private final Complex_F64[] ritzValues;
        private final double[][] ritzVectorsReal;
        private final double[][] ritzVectorsImaginary;
        private final double[] residuals;
        private final boolean[] vectorKnown;
        private int ritzCount;
        private double beta;
        private double projectedNorm;

        private int applications;
        private int cycles = 1;

        Run(LinearOperator operator) {
            this.operator = operator;
            this.dimension = operator.dimension();
            if (dimension < 1) {
                throw new IllegalArgumentException("operator dimension must be positive, but is " + dimension);
            }
            this.capacity = Math.min(settings.maxBasisSize(), dimension);
            this.tolerance = settings.tolerance();
            this.random = new Random(settings.seed());
            this.basis = new KrylovBasis(dimension, capacity + 1);
            this.projected = new double[capacity + 1][capacity];
            this.product = new double[dimension];
            this.coefficients = new double[capacity + 1];
            this.small = new DMatrixRMaj(capacity, capacity);
            this.smallSolver = DecompositionFactory_DDRM.eig(capacity, false, false);
            this.inverseIteration = new ComplexInverseIteration(capacity);
            this.ritzValues = new Complex_F64[capacity];
            this.ritzVectorsReal = new double[capacity][capacity];
            this.ritzVectorsImaginary = new double[capacity][capacity];
            this.residuals = new double[capacity];
            this.vectorKnown = new boolean[capacity];
        }

        ArnoldiResult execute() {
            KrylovSettingsChecks.fillStartVector(settings.startVector(), random, basis.vector(0));
            boolean converged = false;
            boolean settled = false;
            double previousCycleModulus = Double.NaN;
            int size = 0;
            int next = 0;
            while (true) {
                operator.apply(basis.vector(next), product);
                applications++;
                KrylovSettingsChecks.requireFiniteProduct(product, applications);

                double productNorm = Vectors.norm(product);
                Arrays.fill(coefficients, 0, next + 1, 0.0);
                basis.orthogonalize(product, next + 1, coefficients);
                for (int i = 0; i <= next; i++) {
                    projected[i][next] = coefficients[i];
                }
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

                computeRitzValues(size);
                converged = dominantConverged(size);
                // An invariant subspace gives zero residuals, so it always counts as converged here.
                if (converged || applications >= settings.maxOperatorApplications()) {
                    break;
                }
                if (size == capacity) {
                    double modulus = ritzValues[0].getMagnitude();
                    if (Math.abs(modulus - previousCycleModulus) <= tolerance * modulus) {
                        settled = true;
                        break;
                    }
                    previousCycleModulus = modulus;
                    next = restart(size);
                    cycles++;
                } else {
                    projected[size][size - 1] = beta;
                    next = size;
                }
            }
            return assembleResult(size, converged, settled);
        }

        private void computeRitzValues(int size) {
            small.reshape(size, size);
            double squareSum = 0.0;
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    double entry = projected[i][j];
                    small.unsafe_set(i, j, entry);
                    squareSum += entry * entry;
                }
            }
            projectedNorm = Math.sqrt(squareSum);
            if (!smallSolver.decompose(small)) {
                throw new ArithmeticException("EJML eigen-decomposition failed on the projected matrix of size "
                        + size + " x " + size);
            }
            for (int i = 0; i < size; i++) {
                Complex_F64 value = smallSolver.getEigenvalue(i);
                ritzValues[i] = new Complex_F64(value.real, value.imaginary);
            }
            Arrays.sort(ritzValues, 0, size, BY_MODULUS_DESCENDING);
            Arrays.fill(vectorKnown, 0, size, false);
            ritzCount = size;
        }

        /** Returns the residual estimate of Ritz value {@code index}, computing its eigenvector once. */
        private double residual(int index, int size) {
            if (!vectorKnown[index]) {
                Complex_F64 value = ritzValues[index];
                inverseIteration.eigenvector(projected, size, value.real, value.imaginary,
                        ritzVectorsReal[index], ritzVectorsImaginary[index]);
                residuals[index] = beta * Math.hypot(ritzVectorsReal[index][size - 1],
                        ritzVectorsImaginary[index][size - 1]);
                vectorKnown[index] = true;
            }
            return residuals[index];
        }

        private double residualBound() {
            return Math.max(tolerance * ritzValues[0].getMagnitude(), RESIDUAL_FLOOR * projectedNorm);
        }

        private boolean dominantConverged(int size) {
            double bound = residualBound();
            if (residual(0, size) > bound) {
                return false;
            }
            double dominantModulus = ritzValues[0].getMagnitude();
            for (int i = 1; i < size; i++) {
                double modulus = ritzValues[i].getMagnitude();
                // Residuals never exceed beta, and the moduli are sorted, so no later value competes.
                if (modulus + beta < dominantModulus) {
                    break;
                }
                double residual = residual(i, size);
                if (modulus + residual >= dominantModulus && residual > bound) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Replaces the basis by an orthonormal basis of the invariant subspace that belongs to the
         * largest-modulus Ritz values and returns the index of the vector to expand next.
         */
        private int restart(int size) {
            int reported = Math.min(settings.numberOfRitzValues(), size - 2);
            int target = Math.min(size - 2, reported + (size - reported) / 2);
            int[] keptUnits = selectUnits(size, target);
            int kept = tryInvariantRestart(size, keptUnits);
            if (kept > 0) {
                return kept;
            }
            kept = tryInvariantRestart(size, new int[] {firstUnit(size)});
            if (kept > 0) {
                LOGGER.fine("Arnoldi restart kept only the dominant Ritz vector: the kept eigenvectors were"
                        + " nearly dependent");
                return kept;
            }
            LOGGER.fine("Arnoldi restarted from the dominant Ritz vector alone: its invariant subspace"
                    + " could not be kept accurately");
            return explicitRestart(size);
        }

        /**
         * Returns the indices of the Ritz values to keep, one per real value or conjugate pair (the
         * member with positive imaginary part), in order of decreasing modulus, with at most
         * {@code target} basis vectors in total.
         */
        private int[] selectUnits(int size, int target) {
            int[] units = new int[size];
            int unitCount = 0;
            int vectorsUsed = 0;
            for (int i = 0; i < size; i++) {
                double imaginary = ritzValues[i].imaginary;
                if (imaginary < 0.0) {
                    continue;
                }
                int vectorsNeeded = imaginary > 0.0 ? 2 : 1;
                if (vectorsUsed + vectorsNeeded > target) {
                    break;
                }
                units[unitCount++] = i;
                vectorsUsed += vectorsNeeded;
            }
            if (unitCount == 0) {
                units[unitCount++] = firstUnit(size);
            }
            return Arrays.copyOf(units, unitCount);
        }

        private int firstUnit(int size) {
            for (int i = 0; i < size; i++) {
                if (ritzValues[i].imaginary >= 0.0) {
                    return i;
                }
            }
            throw new IllegalStateException("no Ritz value with non-negative imaginary part");
        }

        /**
         * Keeps the span of the eigenvectors of the given Ritz values if it is invariant to working
         * accuracy, and returns the number of kept vectors, or 0 if it is not.
         */
        private int tryInvariantRestart(int size, int[] units) {
            double[][] columns = new double[2 * units.length][];
            int columnCount = 0;
            for (int unit : units) {
                residual(unit, size);
                columns[columnCount++] = Arrays.copyOf(ritzVectorsReal[unit], size);
                if (ritzValues[unit].imaginary > 0.0) {
                    columns[columnCount++] = Arrays.copyOf(ritzVectorsImaginary[unit], size);
                }
            }
            if (!orthonormalizeColumns(columns, columnCount, size)) {
                return 0;
            }
            int kept = columnCount;

            // B = Y^T H Y and the defect ||H Y - Y B||_F of the kept subspace.
            double[][] hy = new double[size][kept];
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < kept; c++) {
                    double sum = 0.0;
                    for (int s = 0; s < size; s++) {
                        sum += projected[r][s] * columns[c][s];
                    }
                    hy[r][c] = sum;
                }
            }
            double[][] reduced = new double[kept][kept];
            for (int a = 0; a < kept; a++) {
                for (int c = 0; c < kept; c++) {
                    double sum = 0.0;
                    for (int r = 0; r < size; r++) {
                        sum += columns[a][r] * hy[r][c];
                    }
                    reduced[a][c] = sum;
                }
            }
            double defectSquare = 0.0;
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < kept; c++) {
                    double sum = hy[r][c];
                    for (int a = 0; a < kept; a++) {
                        sum -= columns[a][r] * reduced[a][c];
                    }
                    defectSquare += sum * sum;
                }
            }
            double defectLimit = Math.max(1e-3 * tolerance * ritzValues[0].getMagnitude(), 1e-13 * projectedNorm);
            if (!(Math.sqrt(defectSquare) <= defectLimit)) {
                return 0;
            }

            double[][] transformation = new double[size][kept];
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < kept; c++) {
                    transformation[r][c] = columns[c][r];
                }
            }
            basis.transform(size, transformation, kept);
            basis.swap(size, kept);
            for (double[] row : projected) {
                Arrays.fill(row, 0.0);
            }
            for (int a = 0; a < kept; a++) {
                System.arraycopy(reduced[a], 0, projected[a], 0, kept);
                projected[kept][a] = beta * columns[a][size - 1];
            }
            return kept;
        }

        /** Orthonormalises the columns in place; returns false if one is nearly dependent. */
        private boolean orthonormalizeColumns(double[][] columns, int count, int length) {
            for (int c = 0; c < count; c++) {
                double[] column = columns[c];
                double before = Vectors.norm(column);
                for (int pass = 0; pass < 2; pass++) {
                    for (int previous = 0; previous < c; previous++) {
                        Vectors.axpy(-Vectors.dot(columns[previous], column), columns[previous], column);
                    }
                }
                double after = Vectors.normalize(column);
                if (!(after > DEPENDENT_VECTOR_FRACTION * before)) {
                    return false;
                }
            }
            return true;
        }

        /** Starts a new Arnoldi process from the real span of the dominant Ritz vector. */
        private int explicitRestart(int size) {
            int unit = firstUnit(size);
            residual(unit, size);
            double[] combination = new double[size];
            for (int r = 0; r < size; r++) {
                combination[r] = ritzVectorsReal[unit][r] + ritzVectorsImaginary[unit][r];
            }
            basis.combine(size, combination, product);
            double[] first = basis.vector(0);
            System.arraycopy(product, 0, first, 0, dimension);
            Vectors.normalize(first);
            for (double[] row : projected) {
                Arrays.fill(row, 0.0);
            }
            return 0;
        }

        private ArnoldiResult assembleResult(int size, boolean converged, boolean settled) {
            int reported = Math.min(settings.numberOfRitzValues(), ritzCount);
            double[] valuesReal = new double[reported];
            double[] valuesImaginary = new double[reported];
            double[] valueResiduals = new double[reported];
            for (int i = 0; i < reported; i++) {
                valuesReal[i] = ritzValues[i].real;
                valuesImaginary[i] = ritzValues[i].imaginary;
                valueResiduals[i] = residual(i, size);
            }

            int dominant = firstUnit(size);
            Complex_F64 dominantValue = ritzValues[dominant];
            double dominantResidual = residual(dominant, size);
            double[] combination = new double[size];
            for (int r = 0; r < size; r++) {
                combination[r] = ritzVectorsReal[dominant][r] + ritzVectorsImaginary[dominant][r];
            }
            double[] warmStart = new double[dimension];
            basis.combine(size, combination, warmStart);
            Vectors.normalize(warmStart);

            return new ArnoldiResult(dominantValue.real, dominantValue.imaginary, dominantValue.getMagnitude(),
                    valuesReal, valuesImaginary, valueResiduals, dominantResidual, applications, converged,
                    settled, cycles, warmStart);
        }
    }
}
