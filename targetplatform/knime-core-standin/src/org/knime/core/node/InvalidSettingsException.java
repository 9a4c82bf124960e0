package org.knime.core.node;

/** Stand-in for the knime-core exception that rejects missing or invalid node settings. */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String message) {
        super(message);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
