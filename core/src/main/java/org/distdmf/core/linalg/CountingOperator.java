package org.distdmf.core.linalg;

import java.util.Objects;

/**
 * A {@link LinearOperator} that forwards to another and counts the calls to {@link #apply}, so that
 * callers can report or check the number of operator applications (for a Hessian, the number of
 * Hessian-vector products).
 *
 * <p>Not thread-safe: the count is a plain field.
 */
public final class CountingOperator implements LinearOperator {

    private final LinearOperator delegate;
    private long applications;

    public CountingOperator(LinearOperator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public void apply(double[] x, double[] y) {
        applications++;
        delegate.apply(x, y);
    }

    /** Returns the number of calls to {@link #apply} since construction or the last {@link #reset()}. */
    public long applications() {
        return applications;
    }

    /** Sets the application count back to zero. */
    public void reset() {
        applications = 0;
    }
}
