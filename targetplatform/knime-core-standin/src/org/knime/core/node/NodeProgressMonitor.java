package org.knime.core.node;

/**
 * Stand-in for the knime-core progress monitor interface; the listener methods of the real
 * interface are left out because no plugin code uses them.
 */
public interface NodeProgressMonitor {

    void checkCanceled() throws CanceledExecutionException;

    void setProgress(double progress);

    /** Returns the progress in [0, 1], or {@code null} when none was set. */
    Double getProgress();

    void setProgress(double progress, String message);

    void setMessage(String message);

    void setProgress(String message);

    String getMessage();

    /** Requests cancellation: the next {@link #checkCanceled()} throws. */
    void setExecuteCanceled();

    void reset();
}
