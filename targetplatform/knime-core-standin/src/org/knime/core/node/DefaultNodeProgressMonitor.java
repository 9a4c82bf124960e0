package org.knime.core.node;

/** Stand-in for the knime-core progress monitor: keeps the last progress, message and cancel request. */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private volatile boolean m_canceled;

    private volatile Double m_progress;

    private volatile String m_message;

    public DefaultNodeProgressMonitor() {
        // nothing to set up
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (m_canceled) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    @Override
    public void setProgress(final double progress) {
        // Values outside [0, 1] keep the old progress, as in KNIME.
        if (progress >= 0.0 && progress <= 1.0) {
            m_progress = progress;
        }
    }

    @Override
    public Double getProgress() {
        return m_progress;
    }

    @Override
    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        m_message = message;
    }

    @Override
    public void setMessage(final String message) {
        m_message = message;
    }

    @Override
    public void setProgress(final String message) {
        m_message = message;
    }

    @Override
    public String getMessage() {
        return m_message;
    }

    @Override
    public void setExecuteCanceled() {
        m_canceled = true;
    }

    @Override
    public void reset() {
        m_canceled = false;
        m_progress = null;
        m_message = null;
    }
}
