package org.distdmf.knime.stability;

import org.distdmf.knime.util.LearningRateSettings;
import org.distdmf.knime.util.UpdateRules;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Hessian Stability Checker node: one component per setting, in three groups. */
final class HessianStabilityCheckerNodeDialog extends DefaultNodeSettingsPane {

    HessianStabilityCheckerNodeDialog() {
        HessianStabilityCheckerSettings settings = new HessianStabilityCheckerSettings();
        setHorizontalPlacement(false);

        createNewGroup("Learning rate and update");
        addDialogComponent(new DialogComponentStringSelection(settings.m_learningRate.modeModel(),
            LearningRateSettings.LABEL_MODE, LearningRateSettings.MODES.toArray(new String[0])));
        addDialogComponent(new DialogComponentString(settings.m_learningRate.valueModel(),
            LearningRateSettings.LABEL_VALUE, true, 30));
        addDialogComponent(new DialogComponentStringSelection(settings.m_updateRule,
            HessianStabilityCheckerSettings.LABEL_UPDATE_RULE, UpdateRules.IDS.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_consensusRounds,
            HessianStabilityCheckerSettings.LABEL_CONSENSUS_ROUNDS, 1));
        closeCurrentGroup();

        createNewGroup("Critical multiplier");
        addDialogComponent(new DialogComponentBoolean(settings.m_searchCritical,
            HessianStabilityCheckerSettings.LABEL_SEARCH_CRITICAL));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_maxMultiplier,
            HessianStabilityCheckerSettings.LABEL_MAX_MULTIPLIER, 10));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_bisectionTolerance,
            HessianStabilityCheckerSettings.LABEL_BISECTION_TOLERANCE, 10));
        closeCurrentGroup();

        createNewGroup("Computation");
        addDialogComponent(new DialogComponentNumberEdit(settings.m_solverTolerance,
            HessianStabilityCheckerSettings.LABEL_SOLVER_TOLERANCE, 10));
        addDialogComponent(new DialogComponentNumber(settings.m_threads,
            HessianStabilityCheckerSettings.LABEL_THREADS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_seed,
            HessianStabilityCheckerSettings.LABEL_SEED, 1));
        closeCurrentGroup();
    }
}
