package org.distdmf.core.chart;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets {@code java.awt.headless=true} when the property has no value, before this package first touches AWT.
 *
 * <p>Every image here is drawn into a {@code BufferedImage} or an SVG document, so no display is
 * needed. Without the property, a JVM on a server whose {@code DISPLAY} points to an X server that
 * is gone fails on the first font or toolkit call. An explicit value, {@code false} included, is
 * left alone.
 *
 * <p>NOTE: the property only takes effect if AWT has not started yet. A host with its own windows
 * (a desktop application) should set {@code java.awt.headless=false} itself before loading these
 * classes, because otherwise this class switches the whole JVM to headless mode.
 */
final class Headless {

    static final String PROPERTY = "java.awt.headless";

    private static final Logger LOG = Logger.getLogger(Headless.class.getName());

    private Headless() {
    }

    /** Sets the property to {@code true} unless it already has a value. Safe to call repeatedly. */
    static synchronized void ensureProperty() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
            LOG.log(Level.CONFIG, "Set {0}=true because charts are drawn off-screen", PROPERTY);
        }
    }
}
