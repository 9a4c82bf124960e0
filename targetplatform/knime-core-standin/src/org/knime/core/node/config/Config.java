package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Stand-in for the knime-core config: a settings tree whose children are configs of the same type. */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    public Config(final String key) {
        super(key);
    }

    @Override
    protected abstract Config getInstance(final String key);

    @Override
    public Config getConfig(final String key) throws InvalidSettingsException {
        ConfigBase child = getConfigBase(key);
        if (!(child instanceof Config)) {
            throw new InvalidSettingsException("Entry for key \"" + key + "\" is not a config");
        }
        return (Config)child;
    }

    @Override
    public Config addConfig(final String key) {
        return (Config)addConfigBase(key);
    }
}
