package org.knime.core.node;

/**
 * Progress monitor for a part of a job: progress in [0, 1] here adds {@code fraction} times the
 * increase to the parent's progress. Package-private, like its counterpart in knime-core.
 */
final class SubNodeProgressMonitor implements NodeProgressMonitor {

    private final NodeProgressMonitor m_parent;

    private final double m_fraction;

    private double m_lastProgress;

    SubNodeProgressMonitor(final NodeProgressMonitor parent, final double fraction) {
        m_parent = parent;
        m_fraction = fraction;
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        m_parent.checkCanceled();
    }

    @Override
    public synchronized void setProgress(final double progress) {
        if (progress < 0.0 || progress > 1.0) {
            return;
        }
        Double parentProgress = m_parent.getProgress();
        double base = parentProgress == null ? 0.0 : parentProgress;
        m_parent.setProgress(Math.min(1.0, base + (progress - m_lastProgress) * m_fraction));
        m_lastProgress = progress;
    }

    @Override
    public synchronized Double getProgress() {
        return m_lastProgress;
    }

    @Override
    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        m_parent.setMessage(message);
    }

    @Override
    public void setMessage(final String message) {
        m_parent.setMessage(message);
    }

    @Override
    public void setProgress(final String message) {
        m_parent.setMessage(message);
    }

    @Override
    public String getMessage() {
        return m_parent.getMessage();
    }

    @Override
    public void setExecuteCanceled() {
        m_parent.setExecuteCanceled();
    }

    @Override
    public synchronized void reset() {
        m_lastProgress = 0.0;
    }
}
