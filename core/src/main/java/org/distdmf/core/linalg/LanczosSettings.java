package org.distdmf.core.linalg;

/**
 * Options of {@link LanczosEigenSolver}. Start from {@link #defaults()} and change fields with the
 * {@code with...} methods, each of which returns a new instance.
 *
 * <p>Each field is checked on construction. Checks that involve the operator dimension (for
 * example {@code numberOfEigenvalues <= dimension}) happen in {@link LanczosEigenSolver#solve}.
 *
 * @param numberOfEigenvalues     number {@code k >= 1} of eigenpairs wanted at the chosen end of the
 *                                spectrum
 * @param which                   end of the spectrum to compute
 * @param tolerance               relative residual tolerance in (0, 1): a Ritz pair
 *                                {@code (theta, y)} counts as converged when
 *                                {@code ||A y - theta y|| <= max(tolerance * |theta|, 1e-12 * ||A||)}, with
 *                                {@code ||A||} estimated by the largest Ritz value modulus
 * @param maxBasisSize            maximum number of Lanczos vectors kept before a thick restart;
 *                                when it is below the operator dimension it must be at least
 *                                {@code numberOfEigenvalues + 2}. Memory is
 *                                {@code 8 * (maxBasisSize + 1) * dimension} bytes.
 * @param maxOperatorApplications maximum number of calls to {@link LinearOperator#apply}, including
 *                                the ones spent on {@code verifyResiduals}
 * @param startVector             start vector (any nonzero finite vector of the operator dimension,
 *                                for example an eigenvector from an earlier solve), or {@code null}
 *                                for a random start drawn from {@code seed}. The record stores a copy.
 * @param seed                    seed of the random start vector and of the random vectors drawn when
 *                                the Krylov subspace becomes invariant before {@code k} vectors
 * @param verifyResiduals         whether to spend {@code k} extra applications at the end to replace
 *                                the Lanczos residual estimates by true residual norms
 */
public record LanczosSettings(int numberOfEigenvalues, Which which, double tolerance, int maxBasisSize,
        int maxOperatorApplications, double[] startVector, long seed, boolean verifyResiduals) {

    /** End of the spectrum whose eigenvalues are computed (the names follow ARPACK's "LA" and "SA"). */
    public enum Which {
        /** The algebraically largest eigenvalues. */
        LARGEST_ALGEBRAIC,
        /** The algebraically smallest eigenvalues. */
        SMALLEST_ALGEBRAIC
    }

    public static final int DEFAULT_NUMBER_OF_EIGENVALUES = 1;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final int DEFAULT_MAX_BASIS_SIZE = 30;
    public static final int DEFAULT_MAX_OPERATOR_APPLICATIONS = 1000;
    public static final long DEFAULT_SEED = 42L;

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException naming the first invalid field and its value
     */
    public LanczosSettings {
        if (numberOfEigenvalues < 1) {
            throw new IllegalArgumentException("numberOfEigenvalues must be at least 1, but is " + numberOfEigenvalues);
        }
        if (which == null) {
            throw new IllegalArgumentException("which is missing; pass LARGEST_ALGEBRAIC or SMALLEST_ALGEBRAIC");
        }
        if (!(tolerance > 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), but is " + tolerance);
        }
        if (maxBasisSize < 2) {
            throw new IllegalArgumentException("maxBasisSize must be at least 2, but is " + maxBasisSize);
        }
        if (maxOperatorApplications < 1) {
            throw new IllegalArgumentException(
                    "maxOperatorApplications must be at least 1, but is " + maxOperatorApplications);
        }
        if (startVector != null) {
            startVector = startVector.clone();
            KrylovSettingsChecks.requireUsableStartVector(startVector);
        }
    }

    /**
     * Returns the settings with every field at its default: one eigenvalue, largest algebraic,
     * tolerance 1e-6, basis of 30 vectors, at most 1000 applications, random start from seed 42, no
     * residual verification.
     */
    public static LanczosSettings defaults() {
        return new LanczosSettings(DEFAULT_NUMBER_OF_EIGENVALUES, Which.LARGEST_ALGEBRAIC, DEFAULT_TOLERANCE,
                DEFAULT_MAX_BASIS_SIZE, DEFAULT_MAX_OPERATOR_APPLICATIONS, null, DEFAULT_SEED, false);
    }

    /** Returns a copy of the start vector, or {@code null} for a random start. */
    @Override
    public double[] startVector() {
        return startVector == null ? null : startVector.clone();
    }

    public LanczosSettings withNumberOfEigenvalues(int value) {
        return new LanczosSettings(value, which, tolerance, maxBasisSize, maxOperatorApplications, startVector,
                seed, verifyResiduals);
    }

    public LanczosSettings withWhich(Which value) {
        return new LanczosSettings(numberOfEigenvalues, value, tolerance, maxBasisSize, maxOperatorApplications,
                startVector, seed, verifyResiduals);
    }

    public LanczosSettings withTolerance(double value) {
        return new LanczosSettings(numberOfEigenvalues, which, value, maxBasisSize, maxOperatorApplications,
                startVector, seed, verifyResiduals);
    }

    public LanczosSettings withMaxBasisSize(int value) {
        return new LanczosSettings(numberOfEigenvalues, which, tolerance, value, maxOperatorApplications,
                startVector, seed, verifyResiduals);
    }

    public LanczosSettings withMaxOperatorApplications(int value) {
        return new LanczosSettings(numberOfEigenvalues, which, tolerance, maxBasisSize, value, startVector,
                seed, verifyResiduals);
    }

    /** Returns settings with the given start vector, or with a random start when {@code value} is null. */
    public LanczosSettings withStartVector(double[] value) {
        return new LanczosSettings(numberOfEigenvalues, which, tolerance, maxBasisSize, maxOperatorApplications,
                value, seed, verifyResiduals);
    }

    public LanczosSettings withSeed(long value) {
        return new LanczosSettings(numberOfEigenvalues, which, tolerance, maxBasisSize, maxOperatorApplications,
                startVector, value, verifyResiduals);
    }

    public LanczosSettings withVerifyResiduals(boolean value) {
        return new LanczosSettings(numberOfEigenvalues, which, tolerance, maxBasisSize, maxOperatorApplications,
                startVector, seed, value);
    }

    @Override
    public String toString() {
        return "LanczosSettings[numberOfEigenvalues=" + numberOfEigenvalues + ", which=" + which
                + ", tolerance=" + tolerance + ", maxBasisSize=" + maxBasisSize
                + ", maxOperatorApplications=" + maxOperatorApplications
                + ", startVector=" + (startVector == null ? "random" : "given (length " + startVector.length + ")")
                + ", seed=" + seed + ", verifyResiduals=" + verifyResiduals + "]";
    }
}
