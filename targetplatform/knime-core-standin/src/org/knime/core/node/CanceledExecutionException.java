package org.knime.core.node;

/** Stand-in for the knime-core exception thrown when the user cancels a node's execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String message) {
        super(message);
    }
}
