package org.distdmf.knime.problemtable;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the DMF Problem from Table node: one component per setting, in four groups. */
final class ProblemFromTableNodeDialog extends DefaultNodeSettingsPane {

    ProblemFromTableNodeDialog() {
        ProblemFromTableSettings settings = new ProblemFromTableSettings();

        createNewGroup("Target matrix");
        addDialogComponent(new DialogComponentColumnFilter2(settings.m_targetColumns, 0));
        addDialogComponent(new DialogComponentStringSelection(settings.m_standardisation,
            ProblemFromTableSettings.LABEL_STANDARDISATION,
            ProblemFromTableSettings.STANDARDISATIONS.toArray(new String[0])));
        addDialogComponent(
            new DialogComponentBoolean(settings.m_correlation, ProblemFromTableSettings.LABEL_CORRELATION));
        closeCurrentGroup();

        createNewGroup("Agents");
        settings.m_problem.addAgentComponents(this);
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
