package org.knime.core.node;

import org.knime.core.node.config.Config;

/** Stand-in for the knime-core node settings: an in-memory key/value tree. */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    @Override
    public NodeSettingsRO getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettingsRO)getConfig(key);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettingsWO)addConfig(key);
    }
}
