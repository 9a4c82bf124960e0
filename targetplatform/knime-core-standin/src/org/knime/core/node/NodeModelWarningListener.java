package org.knime.core.node;

/** Stand-in for the knime-core listener notified when a node model's warning message changes. */
public interface NodeModelWarningListener {

    /** Receives the new warning message, {@code null} when the warning was cleared. */
    void warningChanged(String warning);
}
