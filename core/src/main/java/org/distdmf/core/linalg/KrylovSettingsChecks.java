package org.distdmf.core.linalg;

import java.util.Random;

/** Input checks and start-vector preparation shared by the Lanczos and Arnoldi solvers. */
final class KrylovSettingsChecks {

    private KrylovSettingsChecks() {
    }

    static void requireUsableStartVector(double[] startVector) {
        if (startVector.length == 0) {
            throw new IllegalArgumentException("startVector is empty; pass a vector of the operator dimension or null");
        }
        if (!Vectors.isFinite(startVector)) {
            throw new IllegalArgumentException("startVector contains NaN or infinite entries; pass a finite vector");
        }
        if (Vectors.norm(startVector) == 0.0) {
            throw new IllegalArgumentException("startVector is zero; pass a nonzero vector or null for a random start");
        }
    }

    /**
     * Writes the unit start vector into {@code target}: the given vector normalised, or a Gaussian
     * vector from {@code random} when {@code startVector} is null.
     */
    static void fillStartVector(double[] startVector, Random random, double[] target) {
        if (startVector == null) {
            Vectors.fillGaussian(random, target);
        } else {
            if (startVector.length != target.length) {
                throw new IllegalArgumentException("startVector has length " + startVector.length
                        + " but the operator dimension is " + target.length + "; pass a vector of length "
                        + target.length + " or null");
            }
            System.arraycopy(startVector, 0, target, 0, target.length);
        }
        Vectors.normalize(target);
    }

    /** Throws {@link ArithmeticException} if the operator returned NaN or infinite entries. */
    static void requireFiniteProduct(double[] product, long application) {
        if (!Vectors.isFinite(product)) {
            throw new ArithmeticException("operator application " + application
                    + " returned NaN or infinite entries; check the operator at this point");
        }
    }
}
