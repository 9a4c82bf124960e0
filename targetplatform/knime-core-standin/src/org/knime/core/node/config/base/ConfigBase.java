package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for the knime-core settings tree node. Entries live in insertion order in a map; a getter
 * on a missing key or on an entry of another type throws {@link InvalidSettingsException}, as in KNIME.
 */
public abstract class ConfigBase implements Serializable, ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    private final LinkedHashMap<String, Serializable> m_entries = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if the key is {@code null} */
    public ConfigBase(final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Key must not be null.");
        }
        m_key = key;
    }

    /** Creates an empty child of this tree's concrete type. */
    protected abstract ConfigBase getInstance(final String key);

    @Override
    public String getKey() {
        return m_key;
    }

    private <V> V get(final String key, final Class<V> type) throws InvalidSettingsException {
        if (!m_entries.containsKey(key)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        Object value = m_entries.get(key);
        if (value != null && !type.isInstance(value)) {
            throw new InvalidSettingsException("Type mismatch for key \"" + key + "\": expected "
                + type.getSimpleName() + " but found " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    private <V> V getOrDefault(final String key, final Class<V> type, final V def) {
        Object value = m_entries.get(key);
        return type.isInstance(value) ? type.cast(value) : def;
    }

    private <V> V getNonNull(final String key, final Class<V> type) throws InvalidSettingsException {
        V value = get(key, type);
        if (value == null) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" is null.");
        }
        return value;
    }

    @Override
    public ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        return getNonNull(key, ConfigBase.class);
    }

    @Override
    public ConfigBase addConfigBase(final String key) {
        ConfigBase child = getInstance(key);
        m_entries.put(key, child);
        return child;
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return getNonNull(key, Integer.class);
    }

    @Override
    public int getInt(final String key, final int def) {
        return getOrDefault(key, Integer.class, def);
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return getNonNull(key, Double.class);
    }

    @Override
    public double getDouble(final String key, final double def) {
        return getOrDefault(key, Double.class, def);
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return getNonNull(key, Long.class);
    }

    @Override
    public long getLong(final String key, final long def) {
        return getOrDefault(key, Long.class, def);
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return getNonNull(key, Boolean.class);
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return getOrDefault(key, Boolean.class, def);
    }

    /** Returns the string, which may be {@code null} if {@code null} was added. */
    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return get(key, String.class);
    }

    @Override
    public String getString(final String key, final String def) {
        return m_entries.containsKey(key) && !(m_entries.get(key) instanceof ConfigBase)
            ? getOrDefault(key, String.class, null) : def;
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        int[] values = get(key, int[].class);
        return values == null ? null : values.clone();
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        double[] values = get(key, double[].class);
        return values == null ? null : values.clone();
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        String[] values = get(key, String[].class);
        return values == null ? null : values.clone();
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        String[] values = getOrDefault(key, String[].class, def);
        return values == null ? null : values.clone();
    }

    @Override
    public void addInt(final String key, final int value) {
        m_entries.put(key, value);
    }

    @Override
    public void addDouble(final String key, final double value) {
        m_entries.put(key, value);
    }

    @Override
    public void addLong(final String key, final long value) {
        m_entries.put(key, value);
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        m_entries.put(key, value);
    }

    @Override
    public void addString(final String key, final String value) {
        m_entries.put(key, value);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        m_entries.put(key, values == null ? null : values.clone());
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        m_entries.put(key, values == null ? null : values.clone());
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        m_entries.put(key, values == null ? null : values.clone());
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_entries.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return key != null && m_entries.containsKey(key);
    }

    @Override
    public Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(m_key).append(" {");
        for (Map.Entry<String, Serializable> entry : m_entries.entrySet()) {
            text.append(' ').append(entry.getKey()).append('=').append(entry.getValue()).append(';');
        }
        return text.append(" }").toString();
    }
}
