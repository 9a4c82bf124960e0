package org.distdmf.knime.graph;

import java.io.File;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.util.ResultTables;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Builds the communication graph of the agents and its mixing matrix V. Output 0 lists the nonzero
 * entries of V on and above the diagonal ({@code source <= target}, one row per undirected edge plus
 * one per agent); output 1 is a one-row summary.
 *
 * <p>TODO: only the ring with Metropolis-Hastings weights is built here; the other families, weight
 * rules and the connectivity policy move to the engine's graph package and are rejected by
 * {@link #configure(DataTableSpec[])} until then.
 */
public final class CommunicationGraphBuilderNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(CommunicationGraphBuilderNodeModel.class);

    static final String COL_SOURCE = "source";

    static final String COL_TARGET = "target";

    static final String COL_WEIGHT = "weight";

    static final String COL_AGENTS = "agents";

    static final String COL_EDGES = "edges";

    static final String COL_CONNECTED = "connected";

    static final String COL_FAMILY = "graph family";

    static final String COL_WEIGHT_RULE = "weight rule";

    static final String COL_MIN_DEGREE = "min degree";

    static final String COL_MAX_DEGREE = "max degree";

    private final CommunicationGraphBuilderSettings m_settings = new CommunicationGraphBuilderSettings();

    CommunicationGraphBuilderNodeModel() {
        super(0, 2);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        String family = m_settings.m_family.getStringValue();
        if (!CommunicationGraphBuilderSettings.FAMILY_RING.equals(family)) {
            throw new InvalidSettingsException(CommunicationGraphBuilderSettings.LABEL_FAMILY + " '" + family
                + "' is not implemented in this version; choose " + CommunicationGraphBuilderSettings.FAMILY_RING);
        }
        String rule = m_settings.m_weightRule.getStringValue();
        if (!CommunicationGraphBuilderSettings.RULE_METROPOLIS.equals(rule)) {
            throw new InvalidSettingsException(CommunicationGraphBuilderSettings.LABEL_WEIGHT_RULE + " '" + rule
                + "' is not implemented in this version; choose " + CommunicationGraphBuilderSettings.RULE_METROPOLIS);
        }
        return new DataTableSpec[]{ResultTables.createSpec(edgeTableBuilder().build()),
            ResultTables.createSpec(summaryTableBuilder().build())};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws CanceledExecutionException {
        int agents = m_settings.m_agents.getIntValue();
        exec.setMessage("Building a ring on " + agents + " agents");
        ResultTable.Builder edges = edgeTableBuilder();
        // A ring on two agents is a single edge, so both agents then have degree 1.
        int degree = agents == 2 ? 1 : 2;
        double offDiagonal = 1.0 / (1 + degree);
        double diagonal = 1.0 - degree * offDiagonal;
        for (int i = 0; i < agents; i++) {
            exec.checkCanceled();
            edges.row(i, i, diagonal);
            if (i + 1 < agents) {
                edges.row(i, i + 1, offDiagonal);
            }
            if (i == 0 && agents > 2) {
                edges.row(0, agents - 1, offDiagonal);
            }
            exec.setProgress((i + 1.0) / agents);
        }
        int edgeCount = agents == 2 ? 1 : agents;
        ResultTable summary = summaryTableBuilder()
            .row(agents, edgeCount, true, m_settings.m_family.getStringValue(),
                m_settings.m_weightRule.getStringValue(), degree, degree)
            .build();
        LOGGER.debug("Built a ring with " + agents + " agents and " + edgeCount + " edges");
        return new BufferedDataTable[]{ResultTables.toBufferedDataTable(edges.build(), exec),
            ResultTables.toBufferedDataTable(summary, exec)};
    }

    private static ResultTable.Builder edgeTableBuilder() {
        return ResultTable.builder("Mixing matrix entries")
            .column(COL_SOURCE, ColumnType.INTEGER)
            .column(COL_TARGET, ColumnType.INTEGER)
            .column(COL_WEIGHT, ColumnType.DOUBLE);
    }

    private static ResultTable.Builder summaryTableBuilder() {
        return ResultTable.builder("Communication graph summary")
            .column(COL_AGENTS, ColumnType.INTEGER)
            .column(COL_EDGES, ColumnType.INTEGER)
            .column(COL_CONNECTED, ColumnType.BOOLEAN)
            .column(COL_FAMILY, ColumnType.STRING)
            .column(COL_WEIGHT_RULE, ColumnType.STRING)
            .column(COL_MIN_DEGREE, ColumnType.INTEGER)
            .column(COL_MAX_DEGREE, ColumnType.INTEGER);
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    @Override
    protected void reset() {
        // no state besides the output tables, which KNIME discards
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals: the outputs are the only result
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals: the outputs are the only result
    }
}
