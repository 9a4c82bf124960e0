package org.distdmf.knime.testing;

import org.knime.core.node.DefaultNodeProgressMonitor;

/** Progress monitor that cancels the execution once the progress passes a threshold, like a user mid-run. */
public final class CancelingMonitor extends DefaultNodeProgressMonitor {

    private final double m_threshold;

    /** @param threshold progress in [0, 1] above which the execution is canceled */
    public CancelingMonitor(final double threshold) {
        m_threshold = threshold;
    }

    @Override
    public void setProgress(final double progress) {
        super.setProgress(progress);
        if (progress > m_threshold) {
            setExecuteCanceled();
        }
    }
}
