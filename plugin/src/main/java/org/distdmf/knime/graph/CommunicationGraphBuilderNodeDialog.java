package org.distdmf.knime.graph;

import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.CONNECTIVITY_POLICIES;
import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.FAMILIES;
import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.WEIGHT_RULES;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Communication Graph Builder node: one component per setting, in three groups. */
final class CommunicationGraphBuilderNodeDialog extends DefaultNodeSettingsPane {

    CommunicationGraphBuilderNodeDialog() {
        CommunicationGraphBuilderSettings settings = new CommunicationGraphBuilderSettings();

        createNewGroup("Graph");
        addDialogComponent(new DialogComponentNumber(settings.m_agents,
            CommunicationGraphBuilderSettings.LABEL_AGENTS, 1));
        addDialogComponent(new DialogComponentStringSelection(settings.m_family,
            CommunicationGraphBuilderSettings.LABEL_FAMILY, FAMILIES.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_probability,
            CommunicationGraphBuilderSettings.LABEL_PROBABILITY, 0.05));
        closeCurrentGroup();

        createNewGroup("Mixing matrix");
        addDialogComponent(new DialogComponentStringSelection(settings.m_weightRule,
            CommunicationGraphBuilderSettings.LABEL_WEIGHT_RULE, WEIGHT_RULES.toArray(new String[0])));
        closeCurrentGroup();

        createNewGroup("Randomness and connectivity");
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentStringSelection(settings.m_connectivity,
            CommunicationGraphBuilderSettings.LABEL_CONNECTIVITY, CONNECTIVITY_POLICIES.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_seed,
            CommunicationGraphBuilderSettings.LABEL_SEED, 1));
        closeCurrentGroup();
    }
}
