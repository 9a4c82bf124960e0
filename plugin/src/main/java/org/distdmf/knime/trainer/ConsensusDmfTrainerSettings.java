package org.distdmf.knime.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.Initialisation;
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
 * Settings of the Consensus DMF Trainer node, shared by its model and its dialog. Defaults are the
 * reference experiments': 100 iterations of combine-then-adapt with one consensus round,
 * {@code eta_i = 0.9 * eta_bar_i}, a start {@code 1e-3} from the reference point along the top
 * curvature, divergence threshold {@code 1e4} and solver tolerance {@code 1e-6}. Sharpness tracking
 * is off by default because every tracked iteration costs one eigen-solve per agent.
 */
final class ConsensusDmfTrainerSettings {

    static final String CFGKEY_ITERATIONS = "iterations";

    static final String CFGKEY_UPDATE_RULE = "updateRule";

    static final String CFGKEY_CONSENSUS_ROUNDS = "consensusRounds";

    static final String CFGKEY_INITIALISATION = "initialisation";

    static final String CFGKEY_INITIALISATION_SCALE = "initialisationScale";

    static final String CFGKEY_INITIALISATION_DIRECTION = "initialisationDirection";

    static final String CFGKEY_IDENTICAL_AGENTS = "identicalAgents";

    static final String CFGKEY_SHARPNESS_INTERVAL = "sharpnessInterval";

    static final String CFGKEY_DIVERGENCE_THRESHOLD = "divergenceThreshold";

    static final String CFGKEY_SOLVER_TOLERANCE = "solverTolerance";

    static final String CFGKEY_SEED = "seed";

    static final String CFGKEY_THREADS = "threads";

    static final String LABEL_ITERATIONS = "Iterations";

    static final String LABEL_UPDATE_RULE = "Update rule";

    static final String LABEL_CONSENSUS_ROUNDS = "Consensus rounds per iteration";

    static final String LABEL_INITIALISATION = "Start";

    static final String LABEL_INITIALISATION_SCALE = "Start radius r or Gaussian scale";

    static final String LABEL_INITIALISATION_DIRECTION = "Direction from the reference point";

    static final String LABEL_IDENTICAL_AGENTS = "All agents start at the same point";

    static final String LABEL_SHARPNESS_INTERVAL = "Track sharpness every n iterations (0 = off)";

    static final String LABEL_DIVERGENCE_THRESHOLD = "Divergence threshold";

    static final String LABEL_SOLVER_TOLERANCE = "Eigen-solver tolerance";

    static final String LABEL_SEED = "Random seed";

    static final String LABEL_THREADS = "Threads";

    static final String START_NEAR_REFERENCE = "near_reference";

    static final String START_RANDOM = "random_gaussian";

    static final List<String> STARTS = List.of(START_NEAR_REFERENCE, START_RANDOM);

    /** Dialog labels that earlier versions stored, mapped to their ids. */
    static final Map<String, String> LEGACY_STARTS =
        Map.of("Near the reference point", START_NEAR_REFERENCE, "Random Gaussian", START_RANDOM);

    static final String DIRECTION_TOP_CURVATURE = "top_curvature";

    static final String DIRECTION_RANDOM = "random";

    static final List<String> DIRECTIONS = List.of(DIRECTION_TOP_CURVATURE, DIRECTION_RANDOM);

    /** Dialog labels that earlier versions stored, mapped to their ids. */
    static final Map<String, String> LEGACY_DIRECTIONS =
        Map.of("Top curvature eigenvector", DIRECTION_TOP_CURVATURE, "Random unit direction", DIRECTION_RANDOM);

    static final int MAX_ITERATIONS = 10_000_000;

    static final int MAX_CONSENSUS_ROUNDS = 1000;

    static final int MAX_THREADS = 256;

    final SettingsModelInteger m_iterations = new SettingsModelInteger(CFGKEY_ITERATIONS, 100);

    final SettingsModelString m_updateRule = new SettingsModelString(CFGKEY_UPDATE_RULE, UpdateRules.COMBINE_THEN_ADAPT);

    final SettingsModelInteger m_consensusRounds = new SettingsModelInteger(CFGKEY_CONSENSUS_ROUNDS, 1);

    final LearningRateSettings m_learningRate = new LearningRateSettings("0.9");

    final SettingsModelString m_initialisation = new SettingsModelString(CFGKEY_INITIALISATION, START_NEAR_REFERENCE);

    final SettingsModelDouble m_initialisationScale = new SettingsModelDouble(CFGKEY_INITIALISATION_SCALE, 1e-3);

    final SettingsModelString m_initialisationDirection =
        new SettingsModelString(CFGKEY_INITIALISATION_DIRECTION, DIRECTION_TOP_CURVATURE);

    final SettingsModelBoolean m_identicalAgents = new SettingsModelBoolean(CFGKEY_IDENTICAL_AGENTS, true);

    final SettingsModelInteger m_sharpnessInterval = new SettingsModelInteger(CFGKEY_SHARPNESS_INTERVAL, 0);

    final SettingsModelDouble m_divergenceThreshold = new SettingsModelDouble(CFGKEY_DIVERGENCE_THRESHOLD, 1e4);

    final SettingsModelDouble m_solverTolerance = new SettingsModelDouble(CFGKEY_SOLVER_TOLERANCE, 1e-6);

    final SettingsModelInteger m_seed = new SettingsModelInteger(CFGKEY_SEED, 42);

    final SettingsModelInteger m_threads = new SettingsModelInteger(CFGKEY_THREADS, SettingChecks.defaultThreads());

    private List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>(List.of(m_iterations, m_updateRule, m_consensusRounds));
        models.addAll(m_learningRate.models());
        models.addAll(List.of(m_initialisation, m_initialisationScale, m_initialisationDirection, m_identicalAgents,
            m_sharpnessInterval, m_divergenceThreshold, m_solverTolerance, m_seed, m_threads));
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
        SettingChecks.checkRange(LABEL_ITERATIONS, settings.getInt(CFGKEY_ITERATIONS), 0, MAX_ITERATIONS);
        UpdateRules.id(LABEL_UPDATE_RULE, settings.getString(CFGKEY_UPDATE_RULE));
        SettingChecks.checkRange(LABEL_CONSENSUS_ROUNDS, settings.getInt(CFGKEY_CONSENSUS_ROUNDS), 1,
            MAX_CONSENSUS_ROUNDS);
        LearningRateSettings.validate(settings);
        startId(settings.getString(CFGKEY_INITIALISATION));
        SettingChecks.checkNonNegative(LABEL_INITIALISATION_SCALE, settings.getDouble(CFGKEY_INITIALISATION_SCALE));
        directionId(settings.getString(CFGKEY_INITIALISATION_DIRECTION));
        SettingChecks.checkRange(LABEL_SHARPNESS_INTERVAL, settings.getInt(CFGKEY_SHARPNESS_INTERVAL), 0,
            MAX_ITERATIONS);
        SettingChecks.checkPositive(LABEL_DIVERGENCE_THRESHOLD, settings.getDouble(CFGKEY_DIVERGENCE_THRESHOLD));
        SettingChecks.checkFraction(LABEL_SOLVER_TOLERANCE, settings.getDouble(CFGKEY_SOLVER_TOLERANCE));
        SettingChecks.checkRange(LABEL_THREADS, settings.getInt(CFGKEY_THREADS), 1, MAX_THREADS);
    }

    /** Loads checked settings and replaces choices stored as earlier dialog labels by their ids. */
    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
        m_updateRule.setStringValue(UpdateRules.id(LABEL_UPDATE_RULE, m_updateRule.getStringValue()));
        m_learningRate.normaliseMode();
        m_initialisation.setStringValue(startId(m_initialisation.getStringValue()));
        m_initialisationDirection.setStringValue(directionId(m_initialisationDirection.getStringValue()));
    }

    private static String startId(final String value) throws InvalidSettingsException {
        return SettingChecks.choiceId(LABEL_INITIALISATION, value, STARTS, LEGACY_STARTS);
    }

    private static String directionId(final String value) throws InvalidSettingsException {
        return SettingChecks.choiceId(LABEL_INITIALISATION_DIRECTION, value, DIRECTIONS, LEGACY_DIRECTIONS);
    }

    /**
     * Returns the engine settings of the run.
     *
     * @throws InvalidSettingsException naming the setting and value that the engine rejects
     */
    DgdSettings toDgdSettings() throws InvalidSettingsException {
        StepSizes stepSizes = m_learningRate.stepSizes();
        String start = startId(m_initialisation.getStringValue());
        String towards = directionId(m_initialisationDirection.getStringValue());
        Initialisation.Kind kind =
            START_RANDOM.equals(start) ? Initialisation.Kind.RANDOM_GAUSSIAN : Initialisation.Kind.NEAR_REFERENCE;
        Initialisation.Direction direction =
            DIRECTION_RANDOM.equals(towards) ? Initialisation.Direction.RANDOM : Initialisation.Direction.TOP_CURVATURE;
        try {
            Initialisation initialisation = new Initialisation(kind, m_initialisationScale.getDoubleValue(), direction,
                m_identicalAgents.getBooleanValue());
            return new DgdSettings(m_iterations.getIntValue(),
                UpdateRules.fromId(LABEL_UPDATE_RULE, m_updateRule.getStringValue()),
                m_consensusRounds.getIntValue(), stepSizes, initialisation, m_sharpnessInterval.getIntValue(),
                m_divergenceThreshold.getDoubleValue(), m_solverTolerance.getDoubleValue(), m_threads.getIntValue(),
                m_seed.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
        }
    }
}
