package org.distdmf.knime.graph;

import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.CONNECTIVITY_POLICIES;
import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.FAMILIES;
import static org.distdmf.knime.graph.CommunicationGraphBuilderSettings.WEIGHT_RULES;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Communication Graph Builder node: one component per setting, in five groups. */
final class CommunicationGraphBuilderNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    CommunicationGraphBuilderNodeDialog() {
        CommunicationGraphBuilderSettings settings = new CommunicationGraphBuilderSettings();

        createNewGroup("Input edge table (when connected)");
        // Not required: without an input the node generates the graph instead.
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_sourceColumn,
            CommunicationGraphBuilderSettings.LABEL_SOURCE_COLUMN, 0, false, IntValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_targetColumn,
            CommunicationGraphBuilderSettings.LABEL_TARGET_COLUMN, 0, false, IntValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_weightColumn,
            CommunicationGraphBuilderSettings.LABEL_WEIGHT_COLUMN, 0, false, DoubleValue.class));
        closeCurrentGroup();

        createNewGroup("Generated graph (without input)");
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_agents,
            CommunicationGraphBuilderSettings.LABEL_AGENTS, 1));
        addDialogComponent(new DialogComponentStringSelection(settings.m_family,
            CommunicationGraphBuilderSettings.LABEL_FAMILY, FAMILIES.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_probability,
            CommunicationGraphBuilderSettings.LABEL_PROBABILITY, 0.05));
        addDialogComponent(new DialogComponentNumber(settings.m_degree,
            CommunicationGraphBuilderSettings.LABEL_DEGREE, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_rewiring,
            CommunicationGraphBuilderSettings.LABEL_REWIRING, 0.05));
        addDialogComponent(new DialogComponentNumber(settings.m_initialAgents,
            CommunicationGraphBuilderSettings.LABEL_INITIAL_AGENTS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_edgesPerAgent,
            CommunicationGraphBuilderSettings.LABEL_EDGES_PER_AGENT, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_gridRows,
            CommunicationGraphBuilderSettings.LABEL_GRID_ROWS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_gridColumns,
            CommunicationGraphBuilderSettings.LABEL_GRID_COLUMNS, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_radius, CommunicationGraphBuilderSettings.LABEL_RADIUS,
            0.05));
        closeCurrentGroup();

        createNewGroup("Mixing matrix");
        addDialogComponent(new DialogComponentStringSelection(settings.m_weightRule,
            CommunicationGraphBuilderSettings.LABEL_WEIGHT_RULE, WEIGHT_RULES.toArray(new String[0])));
        closeCurrentGroup();

        createNewGroup("Randomness and connectivity");
        addDialogComponent(new DialogComponentStringSelection(settings.m_connectivity,
            CommunicationGraphBuilderSettings.LABEL_CONNECTIVITY, CONNECTIVITY_POLICIES.toArray(new String[0])));
        addDialogComponent(new DialogComponentNumber(settings.m_seed, CommunicationGraphBuilderSettings.LABEL_SEED, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_maxDraws,
            CommunicationGraphBuilderSettings.LABEL_MAX_DRAWS, 10));
        closeCurrentGroup();

        createNewGroup("Picture");
        addDialogComponent(new DialogComponentNumber(settings.m_pictureSize,
            CommunicationGraphBuilderSettings.LABEL_PICTURE_SIZE, 20));
        closeCurrentGroup();
    }
}
