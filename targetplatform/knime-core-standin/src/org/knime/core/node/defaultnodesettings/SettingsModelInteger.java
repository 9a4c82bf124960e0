package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for the knime-core integer settings model. */
public class SettingsModelInteger extends SettingsModelNumber {

    private final String m_configName;

    private int m_value;

    /** @throws IllegalArgumentException if the config name is {@code null} or empty */
    public SettingsModelInteger(final String configName, final int defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelInteger createClone() {
        return new SettingsModelInteger(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_integer";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    public void setIntValue(final int newValue) {
        boolean changed = m_value != newValue;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public int getIntValue() {
        return m_value;
    }

    @Override
    String getNumberValueStr() {
        return Integer.toString(m_value);
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        try {
            setIntValue(Integer.parseInt(newValueStr));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid integer number format ('" + newValueStr + "')", e);
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setIntValue(settings.getInt(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // a value the model rejects keeps the old value in the dialog
        }
        notifyChangeListeners();
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getInt(m_configName));
    }

    /** Checks a value read from settings; subclasses add bounds. */
    protected void validateValue(final int value) throws InvalidSettingsException {
        // any int is valid here
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setIntValue(settings.getInt(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addInt(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
