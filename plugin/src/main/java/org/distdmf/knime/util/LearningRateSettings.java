package org.distdmf.knime.util;

import java.util.List;
import java.util.Map;

import org.distdmf.core.train.StepSizeMode;
import org.distdmf.core.train.StepSizes;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The learning-rate settings of a node: a mode (a multiple {@code c} of each agent's stability bound
 * {@code eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i)}, or an absolute {@code eta}) and a value
 * text with one number for every agent or a comma-separated list with one number per agent.
 */
public final class LearningRateSettings {

    /** Settings key and flow variable name of the mode. */
    public static final String CFGKEY_MODE = "learningRateMode";

    /** Settings key and flow variable name of the value text. */
    public static final String CFGKEY_VALUE = "learningRate";

    public static final String LABEL_MODE = "Learning-rate mode";

    public static final String LABEL_VALUE = "Learning rate (one value, or one per agent separated by commas)";

    /** Mode id: {@code eta_i = c_i * eta_bar_i}. */
    public static final String MODE_MULTIPLE = "multiple_of_bound";

    /** Mode id: {@code eta_i} given directly. */
    public static final String MODE_ABSOLUTE = "absolute";

    /** Every mode id, in dialog order. */
    public static final List<String> MODES = List.of(MODE_MULTIPLE, MODE_ABSOLUTE);

    /** Dialog labels that earlier versions stored, mapped to their ids. */
    private static final Map<String, String> LEGACY_MODES =
        Map.of("Multiple c of the stability bound", MODE_MULTIPLE, "Absolute learning rate", MODE_ABSOLUTE);

    private final SettingsModelString m_mode = new SettingsModelString(CFGKEY_MODE, MODE_MULTIPLE);

    private final SettingsModelString m_value;

    /** Creates the settings in mode {@link #MODE_MULTIPLE} with the given value text, such as "0.9". */
    public LearningRateSettings(final String defaultValue) {
        m_value = new SettingsModelString(CFGKEY_VALUE, defaultValue);
    }

    public SettingsModelString modeModel() {
        return m_mode;
    }

    public SettingsModelString valueModel() {
        return m_value;
    }

    /** Returns the mode and value models, for saving and loading. */
    public List<SettingsModel> models() {
        return List.of(m_mode, m_value);
    }

    /**
     * Replaces a mode stored as an earlier dialog label by its id. Call this after loading the models.
     *
     * @throws InvalidSettingsException naming the setting and the value when the mode is unknown
     */
    public void normaliseMode() throws InvalidSettingsException {
        m_mode.setStringValue(modeId(m_mode.getStringValue()));
    }

    /**
     * Returns the mode id of a stored value: the value itself, or the id of an earlier label such as
     * "Multiple c of the stability bound".
     *
     * @throws InvalidSettingsException naming the setting, the value and the valid ids
     */
    public static String modeId(final String mode) throws InvalidSettingsException {
        return SettingChecks.choiceId(LABEL_MODE, mode, MODES, LEGACY_MODES);
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the setting and the value
     */
    public static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        parse(settings.getString(CFGKEY_MODE), settings.getString(CFGKEY_VALUE));
    }

    /**
     * Returns the current learning rates.
     *
     * @throws InvalidSettingsException naming the setting and the value
     */
    public StepSizes stepSizes() throws InvalidSettingsException {
        return parse(m_mode.getStringValue(), m_value.getStringValue());
    }

    /**
     * Parses a mode id (or earlier label) and a value text such as {@code "0.9"} or {@code "0.5, 0.9, 1.2"}.
     *
     * @throws InvalidSettingsException naming the setting and the value when the mode is unknown, the text
     *             is empty, an item is not a number, or a number is not finite and positive
     */
    public static StepSizes parse(final String mode, final String text) throws InvalidSettingsException {
        String modeId = modeId(mode);
        if (text == null || text.isBlank()) {
            throw new InvalidSettingsException(LABEL_VALUE + " is empty; enter a number such as 0.9");
        }
        String[] items = text.split(",", -1);
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            try {
                values[i] = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(LABEL_VALUE + ": item " + (i + 1) + " of '" + text + "' is '"
                    + item + "', which is not a number", e);
            }
        }
        StepSizeMode stepSizeMode =
            MODE_ABSOLUTE.equals(modeId) ? StepSizeMode.ABSOLUTE : StepSizeMode.MULTIPLE_OF_BOUND;
        try {
            return new StepSizes(stepSizeMode, values);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(LABEL_VALUE + " '" + text + "' is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the learning rates list one value or one per agent.
     *
     * @throws IllegalArgumentException naming the setting and both counts
     */
    public static void checkAgentCount(final StepSizes stepSizes, final int agents) {
        int count = stepSizes.values().length;
        if (count != 1 && count != agents) {
            throw new IllegalArgumentException(LABEL_VALUE + " lists " + count + " values but the problem has "
                + agents + " agents; give one value for all agents or exactly " + agents);
        }
    }
}
