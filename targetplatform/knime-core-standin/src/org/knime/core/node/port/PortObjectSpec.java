package org.knime.core.node.port;

/** Stand-in for the knime-core port object spec, the configure-time description of a port's content. */
public interface PortObjectSpec {
}
