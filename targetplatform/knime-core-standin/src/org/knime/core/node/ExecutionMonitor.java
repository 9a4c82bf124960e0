package org.knime.core.node;

/** Stand-in for the knime-core execution monitor: forwards progress and cancel checks to a progress monitor. */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    public ExecutionMonitor() {
        this(null);
    }

    /** Creates a monitor on the given progress monitor, or on a new default one when it is {@code null}. */
    public ExecutionMonitor(final NodeProgressMonitor progress) {
        m_progress = progress == null ? new DefaultNodeProgressMonitor() : progress;
    }

    public final NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    boolean isCanceled() {
        try {
            m_progress.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }

    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    public void setProgress(final String message) {
        m_progress.setProgress(message);
    }

    /**
     * Creates a monitor whose progress in [0, 1] covers {@code maxProg} of this monitor's range.
     *
     * @throws IllegalArgumentException if {@code maxProg} is outside [0, 1]
     */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSubProgressMonitor(maxProg));
    }

    NodeProgressMonitor createSubProgressMonitor(final double maxProg) {
        if (maxProg > 1.0 || maxProg < 0.0) {
            throw new IllegalArgumentException("Invalid sub progress size: " + maxProg);
        }
        return new SubNodeProgressMonitor(m_progress, maxProg);
    }
}
