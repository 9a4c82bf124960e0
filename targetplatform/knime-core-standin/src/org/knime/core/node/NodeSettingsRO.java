package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for the knime-core read-only view of node settings. */
public interface NodeSettingsRO extends ConfigRO {

    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;
}
