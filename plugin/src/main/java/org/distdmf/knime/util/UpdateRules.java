package org.distdmf.knime.util;

import java.util.List;
import java.util.Map;

import org.distdmf.core.train.UpdateRule;
import org.knime.core.node.InvalidSettingsException;

/**
 * Ids of the DGD update rules, which the dialog shows and the settings store: the lower-case
 * {@link UpdateRule} names. The command line's short forms {@code cta} and {@code atc} are not accepted.
 */
public final class UpdateRules {

    /** Id of {@link UpdateRule#COMBINE_THEN_ADAPT}, the reference experiments' rule. */
    public static final String COMBINE_THEN_ADAPT = "combine_then_adapt";

    /** Id of {@link UpdateRule#ADAPT_THEN_COMBINE}. */
    public static final String ADAPT_THEN_COMBINE = "adapt_then_combine";

    /** Every id, in dialog order. */
    public static final List<String> IDS = List.of(COMBINE_THEN_ADAPT, ADAPT_THEN_COMBINE);

    /** Dialog labels that earlier versions stored, mapped to their ids. */
    private static final Map<String, String> LEGACY_LABELS =
        Map.of("Combine then adapt", COMBINE_THEN_ADAPT, "Adapt then combine", ADAPT_THEN_COMBINE);

    private UpdateRules() {
    }

    /**
     * Returns the id of a stored value: the value itself, or the id of an earlier label such as
     * "Combine then adapt".
     *
     * @param setting the dialog label of the setting, used in the message
     * @throws InvalidSettingsException naming the setting, the value and the valid ids
     */
    public static String id(final String setting, final String value) throws InvalidSettingsException {
        return SettingChecks.choiceId(setting, value, IDS, LEGACY_LABELS);
    }

    /**
     * Returns the rule with the given id (or earlier label).
     *
     * @param setting the dialog label of the setting, used in the message
     * @throws InvalidSettingsException naming the setting, the value and the valid ids
     */
    public static UpdateRule fromId(final String setting, final String value) throws InvalidSettingsException {
        return COMBINE_THEN_ADAPT.equals(id(setting, value)) ? UpdateRule.COMBINE_THEN_ADAPT
            : UpdateRule.ADAPT_THEN_COMBINE;
    }
}
