package org.distdmf.knime.graph;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Communication Graph Builder node, shared by its model and its dialog. Each field is
 * a KNIME settings model; {@link #validateSettings(NodeSettingsRO)} checks stored values and names the
 * dialog label of any invalid one, because the bounded models' own messages do not name the setting.
 */
final class CommunicationGraphBuilderSettings {

    static final String CFG_AGENTS = "agents";

    static final String CFG_FAMILY = "graphFamily";

    static final String CFG_PROBABILITY = "edgeProbability";

    static final String CFG_WEIGHT_RULE = "weightRule";

    static final String CFG_CONNECTIVITY = "connectivityPolicy";

    static final String CFG_SEED = "seed";

    static final String LABEL_AGENTS = "Number of agents";

    static final String LABEL_FAMILY = "Graph family";

    static final String LABEL_PROBABILITY = "Edge probability (Erdos-Renyi)";

    static final String LABEL_WEIGHT_RULE = "Mixing weight rule";

    static final String LABEL_CONNECTIVITY = "If the graph is disconnected";

    static final String LABEL_SEED = "Random seed";

    static final String FAMILY_RING = "Ring";

    static final String FAMILY_ERDOS_RENYI = "Erdos-Renyi";

    static final List<String> FAMILIES = List.of(FAMILY_RING, FAMILY_ERDOS_RENYI);

    static final String RULE_METROPOLIS = "Metropolis-Hastings";

    static final String RULE_MAX_DEGREE = "Max-degree";

    static final String RULE_LAZY_METROPOLIS = "Lazy Metropolis-Hastings";

    static final String RULE_BEST_CONSTANT = "Best constant";

    static final List<String> WEIGHT_RULES =
        List.of(RULE_METROPOLIS, RULE_MAX_DEGREE, RULE_LAZY_METROPOLIS, RULE_BEST_CONSTANT);

    /** Links each isolated agent to its successor, as the reference experiments do; may stay disconnected. */
    static final String POLICY_LINK_ISOLATED = "Link isolated agents to their successor";

    static final String POLICY_RESAMPLE = "Resample until connected";

    static final List<String> CONNECTIVITY_POLICIES = List.of(POLICY_LINK_ISOLATED, POLICY_RESAMPLE);

    static final int MIN_AGENTS = 2;

    static final int MAX_AGENTS = 100_000;

    final SettingsModelIntegerBounded m_agents =
        new SettingsModelIntegerBounded(CFG_AGENTS, 8, MIN_AGENTS, MAX_AGENTS);

    final SettingsModelString m_family = new SettingsModelString(CFG_FAMILY, FAMILY_RING);

    final SettingsModelDoubleBounded m_probability = new SettingsModelDoubleBounded(CFG_PROBABILITY, 0.8, 0.0, 1.0);

    final SettingsModelString m_weightRule = new SettingsModelString(CFG_WEIGHT_RULE, RULE_METROPOLIS);

    final SettingsModelString m_connectivity = new SettingsModelString(CFG_CONNECTIVITY, POLICY_RESAMPLE);

    final SettingsModelInteger m_seed = new SettingsModelInteger(CFG_SEED, 42);

    private List<SettingsModel> models() {
        return List.of(m_agents, m_family, m_probability, m_weightRule, m_connectivity, m_seed);
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the dialog label and the stored value of the first invalid setting
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        int agents = settings.getInt(CFG_AGENTS);
        if (agents < MIN_AGENTS || agents > MAX_AGENTS) {
            throw new InvalidSettingsException(LABEL_AGENTS + " is " + agents + " but must be between "
                + MIN_AGENTS + " and " + MAX_AGENTS + "; a communication graph needs at least two agents");
        }
        double probability = settings.getDouble(CFG_PROBABILITY);
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new InvalidSettingsException(
                LABEL_PROBABILITY + " is " + probability + " but must be between 0 and 1");
        }
        checkChoice(settings.getString(CFG_FAMILY), LABEL_FAMILY, FAMILIES);
        checkChoice(settings.getString(CFG_WEIGHT_RULE), LABEL_WEIGHT_RULE, WEIGHT_RULES);
        checkChoice(settings.getString(CFG_CONNECTIVITY), LABEL_CONNECTIVITY, CONNECTIVITY_POLICIES);
        for (SettingsModel model : models()) {
            model.validateSettings(settings);
        }
    }

    private static void checkChoice(final String value, final String label, final List<String> choices)
        throws InvalidSettingsException {
        if (!choices.contains(value)) {
            throw new InvalidSettingsException(
                label + " is '" + value + "' but must be one of " + String.join(", ", choices));
        }
    }

    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }
}
