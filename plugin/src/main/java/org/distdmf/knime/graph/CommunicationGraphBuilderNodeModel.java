package org.distdmf.knime.graph;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.distdmf.core.chart.GraphPicture;
import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.util.ImagePorts;
import org.distdmf.knime.util.ResultTables;
import org.ejml.data.DMatrixRMaj;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Builds the communication graph of the agents and its mixing matrix V, either from the optional edge
 * table or from a graph family of the engine. Output 0 lists V's nonzero entries on and above the
 * diagonal ({@link EdgeTables#toTable}), output 1 is a one-row summary ({@link SpectralSummary} and how
 * the graph was obtained), output 2 a PNG picture of the graph ({@link GraphPicture}).
 */
public final class CommunicationGraphBuilderNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(CommunicationGraphBuilderNodeModel.class);

    /** Summary column: the family and parameters, or "edge table" for an input graph. */
    static final String COL_GRAPH = "graph";

    static final String COL_WEIGHT_RULE = "weight_rule";

    /** Summary column: graphs drawn; missing for an input graph. */
    static final String COL_DRAWS = "draws";

    /** Summary column: isolated agents linked to their successor; missing for an input graph. */
    static final String COL_PATCHED_AGENTS = "patched_agents";

    static final String INPUT_GRAPH = "edge table";

    private final CommunicationGraphBuilderSettings m_settings = new CommunicationGraphBuilderSettings();

    CommunicationGraphBuilderNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        m_settings.check();
        DataTableSpec input = (DataTableSpec)inSpecs[0];
        if (input == null) {
            m_settings.graphSpec();
        } else {
            inputColumn(input, m_settings.m_sourceColumn, "source",
                CommunicationGraphBuilderSettings.LABEL_SOURCE_COLUMN, IntValue.class);
            inputColumn(input, m_settings.m_targetColumn, "target",
                CommunicationGraphBuilderSettings.LABEL_TARGET_COLUMN, IntValue.class);
            if (m_settings.weightRule() == MixingRule.USER) {
                inputColumn(input, m_settings.m_weightColumn, "weight",
                    CommunicationGraphBuilderSettings.LABEL_WEIGHT_COLUMN, DoubleValue.class);
            }
        }
        if (input == null && m_settings.weightRule() == MixingRule.USER) {
            throw new InvalidSettingsException(CommunicationGraphBuilderSettings.LABEL_WEIGHT_RULE + " is "
                + MixingRule.USER.id() + ", which reads V from the weight column of the input edge table; "
                + "connect an edge table or choose another rule");
        }
        return new PortObjectSpec[]{edgeSpec(), summarySpec(), ImagePorts.pngSpec()};
    }

    /**
     * Returns the index of the column a setting names, checking that it exists and has the expected type.
     *
     * @throws InvalidSettingsException naming the setting and the column
     */
    private static int inputColumn(final DataTableSpec spec, final SettingsModelString model,
        final String fallback, final String label, final Class<? extends DataValue> type)
        throws InvalidSettingsException {
        String name = CommunicationGraphBuilderSettings.columnName(model, fallback);
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException(label + ": the input table has no column '" + name
                + "'; select one of " + String.join(", ", spec.getColumnNames()));
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (!column.getType().isCompatible(type)) {
            throw new InvalidSettingsException(label + ": column '" + name + "' has type " + column.getType()
                + " but must be " + (type == IntValue.class ? "an integer column" : "a numeric column"));
        }
        return index;
    }

    private static DataTableSpec edgeSpec() {
        return ResultTables.createSpec(emptyTable(EdgeTables.TABLE_NAME, EdgeTables.columnTypes()).build());
    }

    private static DataTableSpec summarySpec() {
        return ResultTables.createSpec(summaryBuilder().build());
    }

    private static ResultTable.Builder emptyTable(final String name, final Map<String, ColumnType> columns) {
        ResultTable.Builder builder = ResultTable.builder(name);
        columns.forEach(builder::column);
        return builder;
    }

    private static ResultTable.Builder summaryBuilder() {
        return emptyTable(SpectralSummary.TABLE_NAME, SpectralSummary.columnTypes())
            .column(COL_GRAPH, ColumnType.STRING)
            .column(COL_WEIGHT_RULE, ColumnType.STRING)
            .column(COL_DRAWS, ColumnType.INTEGER)
            .column(COL_PATCHED_AGENTS, ColumnType.INTEGER);
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        BufferedDataTable input = (BufferedDataTable)inObjects[0];
        MixingRule rule = m_settings.weightRule();

        exec.setProgress(0.0, "Building the graph");
        CommunicationGraph graph;
        DMatrixRMaj mixing;
        Object[] origin;
        if (input == null) {
            GraphSpec spec = m_settings.graphSpec();
            GraphSample sample = GraphFactory.build(spec, m_settings.connectivityPolicy(),
                m_settings.m_seed.getIntValue(), m_settings.maxDraws());
            graph = sample.graph();
            mixing = MixingMatrices.build(graph, rule);
            origin = new Object[]{spec.describe(), rule.id(), sample.draws(), sample.patchedAgents()};
            if (sample.patchedAgents() > 0) {
                LOGGER.debug("Linked " + sample.patchedAgents() + " isolated agents to their successor");
            }
        } else if (rule == MixingRule.USER) {
            MixingNetwork network = EdgeTables.fromTable(weightedEdges(input, exec.createSubExecutionContext(0.3)));
            graph = network.graph();
            mixing = network.mixingMatrix();
            origin = new Object[]{INPUT_GRAPH, rule.id(), null, null};
        } else {
            graph = readGraph(input, exec.createSubExecutionContext(0.3));
            mixing = MixingMatrices.build(graph, rule);
            origin = new Object[]{INPUT_GRAPH, rule.id(), null, null};
        }
        exec.checkCanceled();

        exec.setProgress(0.3, "Computing the spectra of V and of the graph Laplacian");
        SpectralSummary summary = SpectralSummary.of(graph, mixing);
        exec.checkCanceled();
        if (!summary.connected()) {
            setWarningMessage("The graph on " + graph.agentCount() + " agents is not connected, so agents in "
                + "different components never agree; use " + ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED.name()
                    .toLowerCase(Locale.ROOT) + " or a denser graph");
        }

        exec.setProgress(0.6, "Drawing the graph");
        int size = m_settings.pictureSize();
        byte[] picture = GraphPicture.pngBytes(graph.agentCount(), graph.edges(), size, size);
        exec.checkCanceled();

        exec.setProgress(0.8, "Writing the tables");
        BufferedDataTable edges = ResultTables.toBufferedDataTable(EdgeTables.toTable(graph, mixing), exec);
        BufferedDataTable summaryTable = ResultTables.toBufferedDataTable(summaryTable(summary, origin), exec);
        exec.setProgress(1.0, "Built a graph with " + summary.agents() + " agents and " + summary.edges() + " edges");
        return new PortObject[]{edges, summaryTable, ImagePorts.png(picture)};
    }

    /** Returns the summary row: the spectral figures followed by {@code origin}. */
    static ResultTable summaryTable(final SpectralSummary summary, final Object[] origin) {
        ResultTable spectral = summary.toTable();
        Object[] row = new Object[spectral.columnCount() + origin.length];
        for (int c = 0; c < spectral.columnCount(); c++) {
            row[c] = spectral.cell(0, c);
        }
        System.arraycopy(origin, 0, row, spectral.columnCount(), origin.length);
        return summaryBuilder().row(row).build();
    }

    /**
     * Reads the graph of the source and target columns: agents are numbered from 0, the agent count is the
     * largest id plus one, a row with source equal to target only declares its agent, and repeated edges
     * count once.
     */
    private CommunicationGraph readGraph(final BufferedDataTable input, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = input.getDataTableSpec();
        int source = inputColumn(spec, m_settings.m_sourceColumn, "source",
            CommunicationGraphBuilderSettings.LABEL_SOURCE_COLUMN, IntValue.class);
        int target = inputColumn(spec, m_settings.m_targetColumn, "target",
            CommunicationGraphBuilderSettings.LABEL_TARGET_COLUMN, IntValue.class);
        List<int[]> edges = new ArrayList<>();
        int largestId = -1;
        long rows = input.size();
        long r = 0;
        for (DataRow row : input) {
            exec.checkCanceled();
            int i = agentId(row, source, spec);
            int j = agentId(row, target, spec);
            largestId = Math.max(largestId, Math.max(i, j));
            if (i != j) {
                edges.add(new int[]{i, j});
            }
            r++;
            exec.setProgress((double)r / rows);
        }
        if (largestId < 1) {
            throw new IllegalArgumentException("The edge table names " + (largestId < 0 ? "no agent" : "only agent 0")
                + "; a communication graph needs at least two agents");
        }
        return CommunicationGraph.fromEdges(largestId + 1, edges);
    }

    private static int agentId(final DataRow row, final int column, final DataTableSpec spec) {
        DataCell cell = row.getCell(column);
        String name = spec.getColumnSpec(column).getName();
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "', column '" + name
                + "' has a missing agent id; every row needs a source and a target");
        }
        int id = ((IntValue)cell).getIntValue();
        if (id < 0 || id >= CommunicationGraphBuilderSettings.MAX_AGENTS) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "', column '" + name + "' has the agent id "
                + id + " but ids must be between 0 and " + (CommunicationGraphBuilderSettings.MAX_AGENTS - 1)
                + ", because agents are numbered from 0");
        }
        return id;
    }

    /** Copies the source, target and weight columns into the table shape {@link EdgeTables#fromTable} reads. */
    private ResultTable weightedEdges(final BufferedDataTable input, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = input.getDataTableSpec();
        int source = inputColumn(spec, m_settings.m_sourceColumn, "source",
            CommunicationGraphBuilderSettings.LABEL_SOURCE_COLUMN, IntValue.class);
        int target = inputColumn(spec, m_settings.m_targetColumn, "target",
            CommunicationGraphBuilderSettings.LABEL_TARGET_COLUMN, IntValue.class);
        int weight = inputColumn(spec, m_settings.m_weightColumn, "weight",
            CommunicationGraphBuilderSettings.LABEL_WEIGHT_COLUMN, DoubleValue.class);
        ResultTable.Builder table = emptyTable(spec.getName() == null ? "edge table" : spec.getName(),
            EdgeTables.columnTypes());
        long rows = input.size();
        long r = 0;
        for (DataRow row : input) {
            exec.checkCanceled();
            DataCell weightCell = row.getCell(weight);
            if (weightCell.isMissing()) {
                throw new IllegalArgumentException("Row '" + row.getKey() + "', column '"
                    + spec.getColumnSpec(weight).getName() + "' has a missing weight; every row needs a weight");
            }
            table.row(agentId(row, source, spec), agentId(row, target, spec),
                ((DoubleValue)weightCell).getDoubleValue());
            r++;
            exec.setProgress((double)r / rows);
        }
        return table.build();
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
        // no state besides the outputs, which KNIME discards
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
