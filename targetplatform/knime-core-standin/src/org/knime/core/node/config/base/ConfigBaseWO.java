package org.knime.core.node.config.base;

/** Stand-in for the knime-core write access to a settings tree; adding a key again replaces its value. */
public interface ConfigBaseWO {

    ConfigBaseWO addConfigBase(String key);

    String getKey();

    void addInt(final String key, final int value);

    void addDouble(final String key, final double value);

    void addLong(final String key, final long value);

    void addBoolean(final String key, final boolean value);

    void addString(final String key, final String value);

    void addIntArray(final String key, final int... values);

    void addDoubleArray(final String key, final double... values);

    void addStringArray(final String key, final String... values);
}
