package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Stand-in for the knime-core integer settings model with inclusive bounds. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int m_minValue;

    private final int m_maxValue;

    /** @throws IllegalArgumentException if min exceeds max or the default is out of bounds */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
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
    protected SettingsModelIntegerBounded createClone() {
        return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_minValue, m_maxValue);
    }

    public int getLowerBound() {
        return m_minValue;
    }

    public int getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException if the value is out of bounds */
    @Override
    public void setIntValue(final int newValue) {
        checkBounds(newValue);
        super.setIntValue(newValue);
    }

    private void checkBounds(final double value) {
        if (value < m_minValue || m_maxValue < value) {
            throw new IllegalArgumentException(
                "value (=" + value + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
