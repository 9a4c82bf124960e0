package org.distdmf.knime.util;

import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;

/**
 * Checks of stored setting values whose messages name the setting by its dialog label and show the
 * value, because the messages of KNIME's bounded settings models name neither.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    /** @throws InvalidSettingsException unless {@code min <= value <= max} */
    public static void checkRange(final String label, final int value, final int min, final int max)
        throws InvalidSettingsException {
        if (value < min || value > max) {
            throw new InvalidSettingsException(
                label + " is " + value + " but must be between " + min + " and " + max);
        }
    }

    /** @throws InvalidSettingsException unless {@code value} is finite and {@code value > 0} */
    public static void checkPositive(final String label, final double value) throws InvalidSettingsException {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSettingsException(label + " is " + value + " but must be finite and positive");
        }
    }

    /** @throws InvalidSettingsException unless {@code value} is finite and {@code value >= 0} */
    public static void checkNonNegative(final String label, final double value) throws InvalidSettingsException {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidSettingsException(label + " is " + value + " but must be finite and at least 0");
        }
    }

    /** @throws InvalidSettingsException unless {@code 0 < value < 1} */
    public static void checkFraction(final String label, final double value) throws InvalidSettingsException {
        if (!(value > 0 && value < 1)) {
            throw new InvalidSettingsException(label + " is " + value + " but must lie strictly between 0 and 1");
        }
    }

    /** @throws InvalidSettingsException unless {@code choices} contains {@code value} */
    public static void checkChoice(final String label, final String value, final List<String> choices)
        throws InvalidSettingsException {
        if (value == null || !choices.contains(value)) {
            throw new InvalidSettingsException(
                label + " is '" + value + "' but must be one of: " + String.join(", ", choices));
        }
    }

    /**
     * Returns the id of a stored choice value: the value itself when it is one of {@code ids},
     * or the id of a dialog label that earlier versions of the node stored instead of the id, so that
     * workflows saved with those labels keep loading.
     *
     * @param legacyLabels earlier dialog labels mapped to their ids
     * @throws InvalidSettingsException naming the setting and the value and listing the ids, unless the value
     *             is an id or an earlier label
     */
    public static String choiceId(final String label, final String value, final List<String> ids,
        final Map<String, String> legacyLabels) throws InvalidSettingsException {
        String id = value == null ? null : legacyLabels.getOrDefault(value, value);
        checkChoice(label, id, ids);
        return id;
    }

    /** Returns the default worker thread count: the available processors, at most 4. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
