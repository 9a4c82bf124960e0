package org.distdmf.core.linalg;

/**
 * Options of {@link ArnoldiEigenSolver}. Start from {@link #defaults()} and change fields with the
 * {@code with...} methods, each of which returns a new instance.
 *
 * <p>Each field is checked on construction. The start vector length is checked against the
 * operator in {@link ArnoldiEigenSolver#solve}.
 *
 * @param numberOfRitzValues      number of largest-modulus Ritz values to report (at least 1). Only
 *                                the dominant one, and the ones that compete with it, must converge.
 * @param tolerance               relative tolerance in (0, 1), applied to the residual of the
 *                                dominant Ritz pair ({@code ||A y - theta y|| <= tolerance * |theta|},
 *                                with the floor described in {@link ArnoldiEigenSolver}) and to the
 *                                relative change of the dominant modulus over a restart cycle
 * @param maxBasisSize            maximum number of Arnoldi vectors before a restart, at least 5.
 *                                Memory is {@code 8 * (maxBasisSize + 1) * dimension} bytes.
 * @param maxOperatorApplications maximum number of calls to {@link LinearOperator#apply}
 * @param startVector             start vector (any nonzero finite vector of the operator dimension,
 *                                for example {@link ArnoldiResult#warmStartVector()} of a solve on a
 *                                nearby operator), or {@code null} for a random start drawn from
 *                                {@code seed}. The record stores a copy.
 * @param seed                    seed of the random start vector and of the random vectors drawn when
 *                                the Krylov subspace becomes invariant
 */
public record ArnoldiSettings(int numberOfRitzValues, double tolerance, int maxBasisSize,
        int maxOperatorApplications, double[] startVector, long seed) {

    public static final int DEFAULT_NUMBER_OF_RITZ_VALUES = 4;
    public static final double DEFAULT_TOLERANCE = 1e-8;
    public static final int DEFAULT_MAX_BASIS_SIZE = 40;
    public static final int DEFAULT_MAX_OPERATOR_APPLICATIONS = 1000;
    public static final long DEFAULT_SEED = 42L;

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException naming the first invalid field and its value
     */
    public ArnoldiSettings {
        if (numberOfRitzValues < 1) {
            throw new IllegalArgumentException("numberOfRitzValues must be at least 1, but is " + numberOfRitzValues);
        }
        if (!(tolerance > 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), but is " + tolerance);
        }
        if (maxBasisSize < 5) {
            throw new IllegalArgumentException("maxBasisSize must be at least 5, but is " + maxBasisSize);
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
     * Returns the settings with every field at its default: 4 reported Ritz values, tolerance 1e-8,
     * basis of 40 vectors, at most 1000 applications, random start from seed 42.
     *
     * <p>The tolerance is tighter than the Lanczos default because for a non-normal operator the
     * eigenvalue error can exceed the residual by the condition number of the eigenvalue.
     */
    public static ArnoldiSettings defaults() {
        return new ArnoldiSettings(DEFAULT_NUMBER_OF_RITZ_VALUES, DEFAULT_TOLERANCE, DEFAULT_MAX_BASIS_SIZE,
                DEFAULT_MAX_OPERATOR_APPLICATIONS, null, DEFAULT_SEED);
    }

    /** Returns a copy of the start vector, or {@code null} for a random start. */
    @Override
    public double[] startVector() {
        return startVector == null ? null : startVector.clone();
    }

    public ArnoldiSettings withNumberOfRitzValues(int value) {
        return new ArnoldiSettings(value, tolerance, maxBasisSize, maxOperatorApplications, startVector, seed);
    }

    public ArnoldiSettings withTolerance(double value) {
        return new ArnoldiSettings(numberOfRitzValues, value, maxBasisSize, maxOperatorApplications, startVector,
                seed);
    }

    public ArnoldiSettings withMaxBasisSize(int value) {
        return new ArnoldiSettings(numberOfRitzValues, tolerance, value, maxOperatorApplications, startVector, seed);
    }

    public ArnoldiSettings withMaxOperatorApplications(int value) {
        return new ArnoldiSettings(numberOfRitzValues, tolerance, maxBasisSize, value, startVector, seed);
    }

    /** Returns settings with the given start vector, or with a random start when {@code value} is null. */
    public ArnoldiSettings withStartVector(double[] value) {
        return new ArnoldiSettings(numberOfRitzValues, tolerance, maxBasisSize, maxOperatorApplications, value, seed);
    }

    public ArnoldiSettings withSeed(long value) {
        return new ArnoldiSettings(numberOfRitzValues, tolerance, maxBasisSize, maxOperatorApplications,
                startVector, value);
    }

    @Override
    public String toString() {
        return "ArnoldiSettings[numberOfRitzValues=" + numberOfRitzValues + ", tolerance=" + tolerance
                + ", maxBasisSize=" + maxBasisSize + ", maxOperatorApplications=" + maxOperatorApplications
                + ", startVector=" + (startVector == null ? "random" : "given (length " + startVector.length + ")")
                + ", seed=" + seed + "]";
    }
}
