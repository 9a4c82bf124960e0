package org.distdmf.cli;

/**
 * An option value, or an element of a list or range, that does not parse as a number. The command
 * line treats it like picocli's own type errors: invalid usage, exit code 2.
 */
final class NotANumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NotANumberException(String message, Throwable cause) {
        super(message, cause);
    }
}
