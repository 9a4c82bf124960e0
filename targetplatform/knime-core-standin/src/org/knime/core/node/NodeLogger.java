package org.knime.core.node;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stand-in for the knime-core node logger. The real class writes to KNIME's log; this one forwards
 * to java.util.logging with the same logger name (the class name).
 */
public final class NodeLogger {

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    public void debug(final Object o) {
        m_logger.fine(String.valueOf(o));
    }

    public void debug(final Object o, final Throwable t) {
        m_logger.log(Level.FINE, String.valueOf(o), t);
    }

    public void info(final Object o) {
        m_logger.info(String.valueOf(o));
    }

    public void info(final Object o, final Throwable t) {
        m_logger.log(Level.INFO, String.valueOf(o), t);
    }

    public void warn(final Object o) {
        m_logger.warning(String.valueOf(o));
    }

    public void warn(final Object o, final Throwable t) {
        m_logger.log(Level.WARNING, String.valueOf(o), t);
    }

    public void error(final Object o) {
        m_logger.severe(String.valueOf(o));
    }

    public void error(final Object o, final Throwable t) {
        m_logger.log(Level.SEVERE, String.valueOf(o), t);
    }

    /** Logs a programming error; KNIME shows these only in its developer log level. */
    public void coding(final Object o) {
        m_logger.severe("CODING PROBLEM " + o);
    }
}
