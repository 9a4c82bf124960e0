package org.distdmf.knime.trainer;

import static org.distdmf.knime.trainer.ConsensusDmfTrainerSettings.DIRECTIONS;
import static org.distdmf.knime.trainer.ConsensusDmfTrainerSettings.STARTS;

import org.distdmf.knime.util.LearningRateSettings;
import org.distdmf.knime.util.UpdateRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Consensus DMF Trainer node: one component per setting, in four groups. */
final class ConsensusDmfTrainerNodeDialog extends DefaultNodeSettingsPane {

    ConsensusDmfTrainerNodeDialog() {
        ConsensusDmfTrainerSettings settings = new ConsensusDmfTrainerSettings();
        setHorizontalPlacement(false);

        createNewGroup("Consensus gradient descent");
        addDialogComponent(new DialogComponentNumber(settings.m_iterations,
            ConsensusDmfTrainerSettings.LABEL_ITERATIONS, 10));
        addDialogComponent(new DialogComponentStringSelection(settings.m_updateRule,
            ConsensusDmfTrainerSettings.LABEL_UPDATE_RULE, UpdateRules.IDS.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_consensusRounds,
            ConsensusDmfTrainerSettings.LABEL_CONSENSUS_ROUNDS, 1));
        closeCurrentGroup();

        createNewGroup("Learning rate");
        addDialogComponent(new DialogComponentStringSelection(settings.m_learningRate.modeModel(),
            LearningRateSettings.LABEL_MODE, LearningRateSettings.MODES.toArray(new String[0])));
        addDialogComponent(new DialogComponentString(settings.m_learningRate.valueModel(),
            LearningRateSettings.LABEL_VALUE, true, 30));
        closeCurrentGroup();

        createNewGroup("Initialisation");
        addDialogComponent(new DialogComponentStringSelection(settings.m_initialisation,
            ConsensusDmfTrainerSettings.LABEL_INITIALISATION, STARTS.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_initialisationScale,
            ConsensusDmfTrainerSettings.LABEL_INITIALISATION_SCALE, 10));
        addDialogComponent(new DialogComponentStringSelection(settings.m_initialisationDirection,
            ConsensusDmfTrainerSettings.LABEL_INITIALISATION_DIRECTION, DIRECTIONS.toArray(new String[0])));
        addDialogComponent(new DialogComponentBoolean(settings.m_identicalAgents,
            ConsensusDmfTrainerSettings.LABEL_IDENTICAL_AGENTS));
        closeCurrentGroup();

        createNewGroup("Monitoring and computation");
        addDialogComponent(new DialogComponentNumber(settings.m_sharpnessInterval,
            ConsensusDmfTrainerSettings.LABEL_SHARPNESS_INTERVAL, 1));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_divergenceThreshold,
            ConsensusDmfTrainerSettings.LABEL_DIVERGENCE_THRESHOLD, 10));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_solverTolerance,
            ConsensusDmfTrainerSettings.LABEL_SOLVER_TOLERANCE, 10));
        addDialogComponent(new DialogComponentNumber(settings.m_seed, ConsensusDmfTrainerSettings.LABEL_SEED, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_threads,
            ConsensusDmfTrainerSettings.LABEL_THREADS, 1));
        closeCurrentGroup();
    }
}
