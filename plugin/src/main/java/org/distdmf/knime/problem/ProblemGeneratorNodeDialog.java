package org.distdmf.knime.problem;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the DMF Problem Generator node: one component per setting, in four groups. */
final class ProblemGeneratorNodeDialog extends DefaultNodeSettingsPane {

    ProblemGeneratorNodeDialog() {
        ProblemGeneratorSettings settings = new ProblemGeneratorSettings();

        createNewGroup("Agents");
        settings.m_problem.addAgentComponents(this);
        closeCurrentGroup();

        createNewGroup("Target and ground truth");
        addDialogComponent(new DialogComponentNumber(settings.m_rows, ProblemGeneratorSettings.LABEL_ROWS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_columns, ProblemGeneratorSettings.LABEL_COLUMNS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_rank, ProblemGeneratorSettings.LABEL_RANK, 1));
        closeCurrentGroup();

        createNewGroup("Factorization");
        setHorizontalPlacement(false);
        settings.m_problem.addFactorizationComponents(this);
        closeCurrentGroup();

        createNewGroup("Observations");
        settings.m_problem.addObservationComponents(this);
        closeCurrentGroup();
    }
}
