package org.distdmf.core;

import java.util.concurrent.CancellationException;

/**
 * Receives progress of long computations and lets the caller cancel them. The command line prints
 * it; the KNIME nodes forward it to their execution context.
 */
public interface Progress {

    /** Progress that reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {
        }

        @Override
        public void checkCancelled() {
        }
    };

    /**
     * Reports the fraction done, in {@code [0, 1]}, and what is being done.
     */
    void report(double fraction, String message);

    /**
     * Throws when the caller has asked to stop; long computations call it at least once per iteration.
     *
     * @throws CancellationException when cancelled
     */
    void checkCancelled();

    /** Returns a view that maps this progress's {@code [0, 1]} onto {@code [from, to]} of the parent. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                parent.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public void checkCancelled() {
                parent.checkCancelled();
            }
        };
    }
}
