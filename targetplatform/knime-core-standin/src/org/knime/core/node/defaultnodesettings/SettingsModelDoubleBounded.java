package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Stand-in for the knime-core double settings model with inclusive bounds. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double m_minValue;

    private final double m_maxValue;

    /** @throws IllegalArgumentException if min exceeds max or the default is out of bounds */
    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        try {
            checkBounds(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("InitialValue: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDoubleBounded createClone() {
        return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), m_minValue, m_maxValue);
    }

    public double getLowerBound() {
        return m_minValue;
    }

    public double getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException if the value is out of bounds */
    @Override
    public void setDoubleValue(final double newValue) {
        checkBounds(newValue);
        super.setDoubleValue(newValue);
    }

    private void checkBounds(final double value) {
        if (value < m_minValue || m_maxValue < value) {
            throw new IllegalArgumentException(
                "value (=" + value + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
