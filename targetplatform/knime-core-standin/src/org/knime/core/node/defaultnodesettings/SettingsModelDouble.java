package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for the knime-core double settings model. */
public class SettingsModelDouble extends SettingsModelNumber {

    private final String m_configName;

    private double m_value;

    /** @throws IllegalArgumentException if the config name is {@code null} or empty */
    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    public void setDoubleValue(final double newValue) {
        boolean changed = Double.compare(m_value, newValue) != 0;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public double getDoubleValue() {
        return m_value;
    }

    @Override
    String getNumberValueStr() {
        return Double.toString(m_value);
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        try {
            setDoubleValue(Double.parseDouble(newValueStr));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid floating point number format ('" + newValueStr + "')", e);
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setDoubleValue(settings.getDouble(m_configName, m_value));
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
        validateValue(settings.getDouble(m_configName));
    }

    /** Checks a value read from settings; subclasses add bounds. */
    protected void validateValue(final double value) throws InvalidSettingsException {
        // any double is valid here
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
