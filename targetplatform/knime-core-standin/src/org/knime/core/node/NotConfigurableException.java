package org.knime.core.node;

/** Stand-in for the knime-core exception that keeps a dialog from opening on unusable input specs. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String message) {
        super(message);
    }

    public NotConfigurableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
