package org.knime.core.node.config.base;

import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for the knime-core read access to a settings tree: typed getters that throw
 * {@link InvalidSettingsException} for a missing key, and getters with a default value.
 */
public interface ConfigBaseRO extends Iterable<String> {

    ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    String getKey();

    int getInt(final String key) throws InvalidSettingsException;

    int getInt(final String key, final int def);

    double getDouble(final String key) throws InvalidSettingsException;

    double getDouble(final String key, final double def);

    long getLong(final String key) throws InvalidSettingsException;

    long getLong(final String key, final long def);

    boolean getBoolean(final String key) throws InvalidSettingsException;

    boolean getBoolean(final String key, final boolean def);

    String getString(final String key) throws InvalidSettingsException;

    String getString(final String key, final String def);

    int[] getIntArray(final String key) throws InvalidSettingsException;

    double[] getDoubleArray(final String key) throws InvalidSettingsException;

    String[] getStringArray(final String key) throws InvalidSettingsException;

    String[] getStringArray(final String key, final String... def);

    Set<String> keySet();

    boolean containsKey(final String key);
}
