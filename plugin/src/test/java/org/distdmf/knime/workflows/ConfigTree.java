package org.distdmf.knime.workflows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * One {@code <config>} element of KNIME's settings XML: an ordered map from keys to typed entries and
 * child configs. KNIME stores arrays as a child config with an {@code array-size} entry followed by
 * entries {@code 0, 1, ...}; this tree keeps that form, and {@link #toSettings(NodeSettingsWO)} turns it
 * back into array entries.
 *
 * <p>The tree exists because {@link NodeSettings} has no public way to ask for an entry's type, which
 * the XML needs; {@link #fromSettings(NodeSettingsRO)} finds each type by trying the typed getters.
 */
final class ConfigTree {

    /** Entry types of KNIME's config XML, named as in the {@code type} attribute. */
    enum EntryType {
        XSTRING, XINT, XLONG, XDOUBLE, XBOOLEAN;

        String xmlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static EntryType fromXml(final String name) {
            for (EntryType type : values()) {
                if (type.xmlName().equals(name)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("Entry type '" + name + "' is not supported here; supported are "
                + "xstring, xint, xlong, xdouble and xboolean");
        }
    }

    /** A leaf entry; {@code value} is KNIME's string form, {@code null} for a null entry. */
    record Entry(EntryType type, String value) {
    }

    static final String ARRAY_SIZE = "array-size";

    private final String m_key;

    private final LinkedHashMap<String, Object> m_children = new LinkedHashMap<>();

    ConfigTree(final String key) {
        m_key = key;
    }

    String key() {
        return m_key;
    }

    Set<String> keys() {
        return Collections.unmodifiableSet(m_children.keySet());
    }

    boolean contains(final String key) {
        return m_children.containsKey(key);
    }

    /** Returns the child config, or {@code null} if the key is absent or names an entry. */
    ConfigTree config(final String key) {
        Object child = m_children.get(key);
        return child instanceof ConfigTree ? (ConfigTree)child : null;
    }

    /** Returns the entry, or {@code null} if the key is absent or names a config. */
    Entry entry(final String key) {
        Object child = m_children.get(key);
        return child instanceof Entry ? (Entry)child : null;
    }

    /** Returns the string value of an entry of any type, failing with the key if it is absent. */
    String value(final String key) {
        Entry entry = entry(key);
        if (entry == null) {
            throw new IllegalArgumentException("Config '" + m_key + "' has no entry '" + key + "'");
        }
        return entry.value();
    }

    ConfigTree addConfig(final String key) {
        ConfigTree child = new ConfigTree(key);
        m_children.put(key, child);
        return child;
    }

    ConfigTree add(final String key, final EntryType type, final String value) {
        m_children.put(key, new Entry(type, value));
        return this;
    }

    ConfigTree addString(final String key, final String value) {
        return add(key, EntryType.XSTRING, value);
    }

    ConfigTree addInt(final String key, final int value) {
        return add(key, EntryType.XINT, Integer.toString(value));
    }

    ConfigTree addBoolean(final String key, final boolean value) {
        return add(key, EntryType.XBOOLEAN, Boolean.toString(value));
    }

    ConfigTree addDouble(final String key, final double value) {
        return add(key, EntryType.XDOUBLE, Double.toString(value));
    }

    /** Adds a string array in KNIME's array form. */
    ConfigTree addStringArray(final String key, final List<String> values) {
        ConfigTree array = addConfig(key);
        array.addInt(ARRAY_SIZE, values.size());
        for (int i = 0; i < values.size(); i++) {
            array.addString(Integer.toString(i), values.get(i));
        }
        return this;
    }

    /** Adds an int array in KNIME's array form. */
    ConfigTree addIntArray(final String key, final int... values) {
        ConfigTree array = addConfig(key);
        array.addInt(ARRAY_SIZE, values.length);
        for (int i = 0; i < values.length; i++) {
            array.addInt(Integer.toString(i), values[i]);
        }
        return this;
    }

    /** Replaces an existing entry's value, keeping its type; returns the replaced entry. */
    Entry replace(final String key, final String value) {
        Entry old = entry(key);
        if (old == null) {
            throw new IllegalArgumentException("Config '" + m_key + "' has no entry '" + key + "'");
        }
        m_children.put(key, new Entry(old.type(), value));
        return old;
    }

    /** Returns the element type of a KNIME array config, or {@code null} if this config is no array. */
    EntryType arrayType() {
        Entry size = entry(ARRAY_SIZE);
        if (size == null || size.type() != EntryType.XINT || size.value() == null) {
            return null;
        }
        int length = Integer.parseInt(size.value());
        if (m_children.size() != length + 1) {
            return null;
        }
        EntryType type = null;
        for (int i = 0; i < length; i++) {
            Entry element = entry(Integer.toString(i));
            if (element == null || (type != null && element.type() != type)) {
                return null;
            }
            type = element.type();
        }
        // An empty array has no element type; string arrays are the usual empty ones in node settings.
        return type == null ? EntryType.XSTRING : type;
    }

    List<String> arrayValues() {
        List<String> values = new ArrayList<>();
        int length = Integer.parseInt(value(ARRAY_SIZE));
        for (int i = 0; i < length; i++) {
            values.add(value(Integer.toString(i)));
        }
        return values;
    }

    /**
     * Copies a settings object into a tree. Each entry's type is found by trying the typed getters in
     * the order config, int, long, double, boolean, string, arrays: the stand-in and knime-core both
     * reject a getter of another type with {@link InvalidSettingsException}.
     *
     * @throws IllegalArgumentException if an entry has a type this tree cannot hold
     */
    static ConfigTree fromSettings(final NodeSettingsRO settings) {
        ConfigTree tree = new ConfigTree(settings.getKey());
        for (String key : settings.keySet()) {
            copyEntry(settings, key, tree);
        }
        return tree;
    }

    private static void copyEntry(final NodeSettingsRO settings, final String key, final ConfigTree tree) {
        try {
            tree.m_children.put(key, fromSettings(settings.getNodeSettings(key)));
            return;
        } catch (InvalidSettingsException | ClassCastException notConfig) {
            // not a config; try the leaf types below
        }
        try {
            tree.addInt(key, settings.getInt(key));
            return;
        } catch (InvalidSettingsException notInt) {
            // next type
        }
        try {
            tree.add(key, EntryType.XLONG, Long.toString(settings.getLong(key)));
            return;
        } catch (InvalidSettingsException notLong) {
            // next type
        }
        try {
            tree.addDouble(key, settings.getDouble(key));
            return;
        } catch (InvalidSettingsException notDouble) {
            // next type
        }
        try {
            tree.addBoolean(key, settings.getBoolean(key));
            return;
        } catch (InvalidSettingsException notBoolean) {
            // next type
        }
        try {
            tree.addString(key, settings.getString(key));
            return;
        } catch (InvalidSettingsException notString) {
            // next type
        }
        try {
            tree.addIntArray(key, settings.getIntArray(key));
            return;
        } catch (InvalidSettingsException notIntArray) {
            // next type
        }
        try {
            double[] values = settings.getDoubleArray(key);
            ConfigTree array = tree.addConfig(key);
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addDouble(Integer.toString(i), values[i]);
            }
            return;
        } catch (InvalidSettingsException notDoubleArray) {
            // next type
        }
        try {
            tree.addStringArray(key, List.of(settings.getStringArray(key)));
        } catch (InvalidSettingsException e) {
            throw new IllegalArgumentException("Setting '" + key + "' of '" + settings.getKey()
                + "' has a type the workflow writer does not support: " + e.getMessage(), e);
        }
    }

    /** Copies this tree's children into {@code settings}, turning array configs into array entries. */
    void toSettings(final NodeSettingsWO settings) {
        for (Map.Entry<String, Object> child : m_children.entrySet()) {
            String key = child.getKey();
            if (child.getValue() instanceof ConfigTree) {
                ConfigTree config = (ConfigTree)child.getValue();
                EntryType arrayType = config.arrayType();
                if (arrayType == null) {
                    config.toSettings(settings.addNodeSettings(key));
                } else {
                    addArray(settings, key, arrayType, config.arrayValues());
                }
            } else {
                addEntry(settings, key, (Entry)child.getValue());
            }
        }
    }

    private static void addArray(final NodeSettingsWO settings, final String key, final EntryType type,
        final List<String> values) {
        switch (type) {
            case XINT:
                settings.addIntArray(key, values.stream().mapToInt(Integer::parseInt).toArray());
                break;
            case XDOUBLE:
                settings.addDoubleArray(key, values.stream().mapToDouble(Double::parseDouble).toArray());
                break;
            case XSTRING:
                settings.addStringArray(key, values.toArray(new String[0]));
                break;
            default:
                throw new IllegalArgumentException("Array '" + key + "' of " + type.xmlName()
                    + " entries is not supported here");
        }
    }

    private static void addEntry(final NodeSettingsWO settings, final String key, final Entry entry) {
        String value = entry.value();
        if (value == null && entry.type() != EntryType.XSTRING) {
            throw new IllegalArgumentException("Entry '" + key + "' of type " + entry.type().xmlName()
                + " is null; only string entries may be null");
        }
        switch (entry.type()) {
            case XINT:
                settings.addInt(key, Integer.parseInt(value));
                break;
            case XLONG:
                settings.addLong(key, Long.parseLong(value));
                break;
            case XDOUBLE:
                settings.addDouble(key, Double.parseDouble(value));
                break;
            case XBOOLEAN:
                settings.addBoolean(key, Boolean.parseBoolean(value));
                break;
            default:
                settings.addString(key, value);
        }
    }

    /** Returns the settings object this tree describes, under the tree's key. */
    NodeSettings toNodeSettings() {
        NodeSettings settings = new NodeSettings(m_key);
        toSettings(settings);
        return settings;
    }

    /**
     * Lists the differences in keys, nesting and entry types between this tree and {@code other},
     * as paths such as {@code model/seed}; values are not compared.
     */
    List<String> structureDifferences(final ConfigTree other) {
        List<String> differences = new ArrayList<>();
        collectStructureDifferences(this, other, m_key, differences);
        return differences;
    }

    private static void collectStructureDifferences(final ConfigTree expected, final ConfigTree actual,
        final String path, final List<String> differences) {
        for (String key : expected.keys()) {
            String childPath = path + "/" + key;
            Object expectedChild = expected.m_children.get(key);
            Object actualChild = actual.m_children.get(key);
            if (actualChild == null) {
                differences.add("missing " + childPath);
            } else if (expectedChild instanceof ConfigTree && actualChild instanceof ConfigTree) {
                collectStructureDifferences((ConfigTree)expectedChild, (ConfigTree)actualChild, childPath,
                    differences);
            } else if (expectedChild instanceof Entry && actualChild instanceof Entry) {
                EntryType expectedType = ((Entry)expectedChild).type();
                EntryType actualType = ((Entry)actualChild).type();
                if (expectedType != actualType) {
                    differences.add(childPath + " is " + actualType.xmlName() + ", expected "
                        + expectedType.xmlName());
                }
            } else {
                differences.add(childPath + " is " + (actualChild instanceof Entry ? "an entry" : "a config")
                    + ", expected " + (expectedChild instanceof Entry ? "an entry" : "a config"));
            }
        }
        for (String key : actual.keys()) {
            if (!expected.contains(key)) {
                differences.add("unexpected " + path + "/" + key);
            }
        }
    }
}
