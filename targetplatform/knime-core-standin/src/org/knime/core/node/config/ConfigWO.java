package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in for the knime-core write access to a config. */
public interface ConfigWO extends ConfigBaseWO {

    Config addConfig(String key);
}
