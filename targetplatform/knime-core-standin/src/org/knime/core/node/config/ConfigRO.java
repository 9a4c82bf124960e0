package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Stand-in for the knime-core read access to a config; the real interface also extends Swing's TreeNode. */
public interface ConfigRO extends ConfigBaseRO, Iterable<String> {

    Config getConfig(String key) throws InvalidSettingsException;
}
