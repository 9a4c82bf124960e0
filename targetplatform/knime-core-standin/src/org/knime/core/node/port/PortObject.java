package org.knime.core.node.port;

/** Stand-in for the knime-core port object; the real interface also returns Swing views. */
public interface PortObject {

    /** Returns a short text for the port tooltip. */
    String getSummary();

    PortObjectSpec getSpec();
}
