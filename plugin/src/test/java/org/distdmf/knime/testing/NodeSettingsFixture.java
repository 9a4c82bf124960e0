package org.distdmf.knime.testing;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.NameFilterConfiguration.EnforceOption;

/**
 * Writes node settings the way a dialog or a flow variable would, so tests can load any value into a
 * node model through its validateSettings and loadValidatedSettingsFrom.
 */
public final class NodeSettingsFixture {

    private final NodeSettings m_settings = new NodeSettings("model");

    /** Starts from settings that hold every key, for example a model's saved defaults. */
    public static NodeSettingsFixture from(final java.util.function.Consumer<NodeSettingsWO> defaults) {
        NodeSettingsFixture fixture = new NodeSettingsFixture();
        defaults.accept(fixture.m_settings);
        return fixture;
    }

    /** Overwrites one key with an int, double, boolean or string value. */
    public NodeSettingsFixture with(final String key, final Object value) {
        if (value instanceof Integer) {
            m_settings.addInt(key, (Integer)value);
        } else if (value instanceof Double) {
            m_settings.addDouble(key, (Double)value);
        } else if (value instanceof Boolean) {
            m_settings.addBoolean(key, (Boolean)value);
        } else {
            m_settings.addString(key, (String)value);
        }
        return this;
    }

    /**
     * Writes a column filter that includes exactly {@code columns} and excludes every other column, in the
     * include/exclude format of knime-core's {@code SettingsModelColumnFilter2}.
     */
    public NodeSettingsFixture withIncludedColumns(final String key, final String... columns) {
        NodeSettingsWO filter = m_settings.addNodeSettings(key);
        filter.addString("filter-type", "STANDARD");
        filter.addStringArray("included_names", columns);
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", EnforceOption.EnforceInclusion.name());
        return this;
    }

    public NodeSettings settings() {
        return m_settings;
    }
}
