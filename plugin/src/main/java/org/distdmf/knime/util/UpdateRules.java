package org.distdmf.knime.util;

import java.util.List;

import org.distdmf.core.train.UpdateRule;
import org.knime.core.node.InvalidSettingsException;

/** Dialog labels of the DGD update rules, which are also the values stored in the settings. */
public final class UpdateRules {

    /** Label of {@link UpdateRule#COMBINE_THEN_ADAPT}, the reference experiments' rule. */
    public static final String COMBINE_THEN_ADAPT = "Combine then adapt";

    /** Label of {@link UpdateRule#ADAPT_THEN_COMBINE}. */
    public static final String ADAPT_THEN_COMBINE = "Adapt then combine";

    /** Every label, in dialog order. */
    public static final List<String> LABELS = List.of(COMBINE_THEN_ADAPT, ADAPT_THEN_COMBINE);

    private UpdateRules() {
    }

    /**
     * Returns the rule with the given label.
     *
     * @param setting the dialog label of the setting, used in the message
     * @throws InvalidSettingsException naming the setting, the value and the valid labels
     */
    public static UpdateRule fromLabel(final String setting, final String label) throws InvalidSettingsException {
        SettingChecks.checkChoice(setting, label, LABELS);
        return COMBINE_THEN_ADAPT.equals(label) ? UpdateRule.COMBINE_THEN_ADAPT : UpdateRule.ADAPT_THEN_COMBINE;
    }
}
