package org.distdmf.knime.stability;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.stability.StabilitySettings;
import org.distdmf.core.train.StepSizes;
import org.distdmf.knime.util.LearningRateSettings;
import org.distdmf.knime.util.SettingChecks;
import org.distdmf.knime.util.UpdateRules;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Hessian Stability Checker node, shared by its model and its dialog. The learning rate
 * defaults to 0.9 times the bound, as in the Consensus DMF Trainer, and the solver settings to the
 * engine's defaults: tolerance {@code 1e-8}, {@code c*} searched up to 64 to a relative bracket width
 * of {@code 1e-3}.
 */
final class HessianStabilityCheckerSettings {

    static final String CFGKEY_UPDATE_RULE = "updateRule";

    static final String CFGKEY_CONSENSUS_ROUNDS = "consensusRounds";

    static final String CFGKEY_SOLVER_TOLERANCE = "solverTolerance";

    static final String CFGKEY_SEARCH_CRITICAL = "searchCriticalMultiplier";

    static final String CFGKEY_MAX_MULTIPLIER = "maxMultiplier";

    static final String CFGKEY_BISECTION_TOLERANCE = "bisectionTolerance";

    static final String CFGKEY_THREADS = "threads";

    static final String CFGKEY_SEED = "seed";

    static final String LABEL_UPDATE_RULE = "Update rule";

    static final String LABEL_CONSENSUS_ROUNDS = "Consensus rounds per iteration";

    static final String LABEL_SOLVER_TOLERANCE = "Eigen-solver tolerance";

    static final String LABEL_SEARCH_CRITICAL = "Search the critical multiplier c*";

    static final String LABEL_MAX_MULTIPLIER = "Largest multiplier searched";

    static final String LABEL_BISECTION_TOLERANCE = "Bisection tolerance (relative)";

    static final String LABEL_THREADS = "Threads";

    static final String LABEL_SEED = "Random seed";

    static final int MAX_CONSENSUS_ROUNDS = 1000;

    static final int MAX_THREADS = 256;

    final LearningRateSettings m_learningRate = new LearningRateSettings("0.9");

    final SettingsModelString m_updateRule = new SettingsModelString(CFGKEY_UPDATE_RULE, UpdateRules.COMBINE_THEN_ADAPT);

    final SettingsModelInteger m_consensusRounds = new SettingsModelInteger(CFGKEY_CONSENSUS_ROUNDS, 1);

    final SettingsModelDouble m_solverTolerance = new SettingsModelDouble(CFGKEY_SOLVER_TOLERANCE, 1e-8);

    final SettingsModelBoolean m_searchCritical = new SettingsModelBoolean(CFGKEY_SEARCH_CRITICAL, true);

    final SettingsModelDouble m_maxMultiplier = new SettingsModelDouble(CFGKEY_MAX_MULTIPLIER, 64);

    final SettingsModelDouble m_bisectionTolerance = new SettingsModelDouble(CFGKEY_BISECTION_TOLERANCE, 1e-3);

    final SettingsModelInteger m_threads = new SettingsModelInteger(CFGKEY_THREADS, SettingChecks.defaultThreads());

    final SettingsModelInteger m_seed = new SettingsModelInteger(CFGKEY_SEED, 42);

    private List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>(m_learningRate.models());
        models.addAll(List.of(m_updateRule, m_consensusRounds, m_solverTolerance, m_searchCritical, m_maxMultiplier,
            m_bisectionTolerance, m_threads, m_seed));
        return models;
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the dialog label and the stored value of the first invalid
     *             setting, or the missing key
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.validateSettings(settings);
        }
        LearningRateSettings.validate(settings);
        UpdateRules.id(LABEL_UPDATE_RULE, settings.getString(CFGKEY_UPDATE_RULE));
        SettingChecks.checkRange(LABEL_CONSENSUS_ROUNDS, settings.getInt(CFGKEY_CONSENSUS_ROUNDS), 1,
            MAX_CONSENSUS_ROUNDS);
        SettingChecks.checkFraction(LABEL_SOLVER_TOLERANCE, settings.getDouble(CFGKEY_SOLVER_TOLERANCE));
        double maxMultiplier = settings.getDouble(CFGKEY_MAX_MULTIPLIER);
        if (!(maxMultiplier > 1) || Double.isInfinite(maxMultiplier)) {
            throw new InvalidSettingsException(LABEL_MAX_MULTIPLIER + " is " + maxMultiplier
                + " but must be finite and above 1, because the search starts at c = 1");
        }
        SettingChecks.checkFraction(LABEL_BISECTION_TOLERANCE, settings.getDouble(CFGKEY_BISECTION_TOLERANCE));
        SettingChecks.checkRange(LABEL_THREADS, settings.getInt(CFGKEY_THREADS), 1, MAX_THREADS);
    }

    /** Loads checked settings and replaces choices stored as earlier dialog labels by their ids. */
    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
        m_learningRate.normaliseMode();
        m_updateRule.setStringValue(UpdateRules.id(LABEL_UPDATE_RULE, m_updateRule.getStringValue()));
    }

    /**
     * Returns the engine settings of the check.
     *
     * @throws InvalidSettingsException naming the setting and value that the engine rejects
     */
    StabilitySettings toStabilitySettings() throws InvalidSettingsException {
        StepSizes stepSizes = m_learningRate.stepSizes();
        try {
            return new StabilitySettings(stepSizes,
                UpdateRules.fromId(LABEL_UPDATE_RULE, m_updateRule.getStringValue()),
                m_consensusRounds.getIntValue(), m_solverTolerance.getDoubleValue(), m_searchCritical.getBooleanValue(),
                m_maxMultiplier.getDoubleValue(), m_bisectionTolerance.getDoubleValue(), m_threads.getIntValue(),
                m_seed.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
        }
    }
}
