package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.EnforceOption;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Stand-in for the knime-core column filter settings model. The real model delegates to
 * {@code DataColumnSpecFilterConfiguration}; the stand-in keeps the same state itself: an include list,
 * an exclude list, the enforce option and the accepted column types.
 *
 * <p>It stores a sub-config named after the config name with {@code filter-type = "STANDARD"},
 * {@code included_names}, {@code excluded_names} and {@code enforce_option}, as knime-core does. The
 * name pattern and type filters of the real model are not supported: loading any other filter type
 * fails with {@link InvalidSettingsException}, and the real model's extra sub-configs are not written.
 */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    private static final String TYPE_STANDARD = "STANDARD";

    private static final String KEY_FILTER_TYPE = "filter-type";

    private static final String KEY_INCLUDED_NAMES = "included_names";

    private static final String KEY_EXCLUDED_NAMES = "excluded_names";

    private static final String KEY_ENFORCE_OPTION = "enforce_option";

    private final String m_configName;

    private final Class<? extends DataValue>[] m_allowedTypes;

    private String[] m_includes = new String[0];

    private String[] m_excludes = new String[0];

    private EnforceOption m_enforceOption = EnforceOption.EnforceExclusion;

    private int m_inputPortIndex = -1;

    /** Accepts columns of every type. */
    @SuppressWarnings("unchecked")
    public SettingsModelColumnFilter2(final String configName) {
        this(configName, new Class[0]);
    }

    /**
     * Accepts only columns whose type is compatible with one of {@code allowedTypes}.
     *
     * @throws IllegalArgumentException if the config name is {@code null} or empty
     */
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("Config name must not be null or empty.");
        }
        m_configName = configName;
        m_allowedTypes = allowedTypes.clone();
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelColumnFilter2 createClone() {
        SettingsModelColumnFilter2 clone = new SettingsModelColumnFilter2(m_configName, m_allowedTypes);
        clone.m_includes = m_includes.clone();
        clone.m_excludes = m_excludes.clone();
        clone.m_enforceOption = m_enforceOption;
        clone.m_inputPortIndex = m_inputPortIndex;
        return clone;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** Includes every accepted column of {@code spec} and includes new columns later on. */
    public void loadDefaults(final DataTableSpec spec) {
        m_includes = acceptedNames(spec);
        m_excludes = new String[0];
        m_enforceOption = EnforceOption.EnforceExclusion;
        notifyChangeListeners();
    }

    /** Splits the accepted columns of {@code inSpec} into included and excluded ones, in column order. */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        return applyTo(acceptedNames(inSpec));
    }

    private FilterResult applyTo(final String[] names) {
        Set<String> includes = new LinkedHashSet<>(Arrays.asList(m_includes));
        Set<String> excludes = new LinkedHashSet<>(Arrays.asList(m_excludes));
        List<String> included = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String name : names) {
            if (includes.remove(name)) {
                included.add(name);
                excludes.remove(name);
            } else if (excludes.remove(name)) {
                excluded.add(name);
            } else if (m_enforceOption == EnforceOption.EnforceExclusion) {
                included.add(name);
            } else {
                excluded.add(name);
            }
        }
        return new FilterResult(included, excluded, new ArrayList<>(includes), new ArrayList<>(excludes));
    }

    private String[] acceptedNames(final DataTableSpec spec) {
        List<String> names = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            if (isAccepted(column)) {
                names.add(column.getName());
            }
        }
        return names.toArray(new String[0]);
    }

    private boolean isAccepted(final DataColumnSpec column) {
        if (m_allowedTypes.length == 0) {
            return true;
        }
        for (Class<? extends DataValue> type : m_allowedTypes) {
            if (column.getType().isCompatible(type)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the input port whose columns the dialog lists; {@link DialogComponentColumnFilter2} calls it. */
    void setInputPortIndex(final int inPort) {
        m_inputPortIndex = inPort;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (m_inputPortIndex < 0 || m_inputPortIndex >= specs.length) {
            throw new NotConfigurableException("Specified port index is out of bounds");
        }
        NodeSettingsRO filter;
        try {
            filter = settings.getNodeSettings(m_configName);
        } catch (InvalidSettingsException e) {
            filter = null;
        }
        if (filter != null) {
            m_includes = filter.getStringArray(KEY_INCLUDED_NAMES, new String[0]);
            m_excludes = filter.getStringArray(KEY_EXCLUDED_NAMES, new String[0]);
            try {
                m_enforceOption = EnforceOption.parse(filter.getString(KEY_ENFORCE_OPTION));
            } catch (InvalidSettingsException e) {
                m_enforceOption = EnforceOption.EnforceExclusion;
            }
        }
        // As in knime-core, the dialog shows the lists mapped onto the current input.
        DataTableSpec spec = specs[m_inputPortIndex] == null ? new DataTableSpec()
            : (DataTableSpec)specs[m_inputPortIndex];
        FilterResult mapped = applyTo(spec);
        m_includes = mapped.getIncludes();
        m_excludes = mapped.getExcludes();
        notifyChangeListeners();
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        createClone().loadSettingsForModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO filter = settings.getNodeSettings(m_configName);
        String type = filter.getString(KEY_FILTER_TYPE);
        if (!TYPE_STANDARD.equals(type)) {
            throw new InvalidSettingsException("Invalid type: " + type);
        }
        EnforceOption enforceOption = EnforceOption.parse(filter.getString(KEY_ENFORCE_OPTION));
        String[] includes = filter.getStringArray(KEY_INCLUDED_NAMES);
        String[] excludes = filter.getStringArray(KEY_EXCLUDED_NAMES);
        m_enforceOption = enforceOption;
        m_includes = includes;
        m_excludes = excludes;
        notifyChangeListeners();
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO filter = settings.addNodeSettings(m_configName);
        filter.addString(KEY_FILTER_TYPE, TYPE_STANDARD);
        filter.addStringArray(KEY_INCLUDED_NAMES, m_includes);
        filter.addStringArray(KEY_EXCLUDED_NAMES, m_excludes);
        filter.addString(KEY_ENFORCE_OPTION, m_enforceOption.name());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " - Port:" + m_inputPortIndex + "(" + m_configName + ")";
    }
}
