package org.distdmf.core.linalg;

/**
 * A real square linear map given only by its action on a vector, so that Krylov solvers can run on
 * Hessians and linearised DGD maps without ever storing them.
 */
public interface LinearOperator {

    /** Number of rows (equal to the number of columns). */
    int dimension();

    /**
     * Writes {@code A x} into {@code y}. Both arrays have length {@link #dimension()} and must not
     * be the same array.
     */
    void apply(double[] x, double[] y);
}
