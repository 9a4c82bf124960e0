package org.distdmf.knime.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.chart.GraphPicture;
import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeListReader;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TableFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.util.ResultTables;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/** Runs the Communication Graph Builder through configure and execute on the org.knime.core API. */
class CommunicationGraphBuilderNodeModelTest {

    private final CommunicationGraphBuilderNodeFactory m_factory = new CommunicationGraphBuilderNodeFactory();

    private CommunicationGraphBuilderNodeModel m_model;

    private ExecutionContext m_exec;

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
        m_exec = TestExecution.createContext(m_factory);
    }

    private NodeSettingsFixture defaults() {
        return NodeSettingsFixture.from(m_model::saveSettingsTo);
    }

    private void load(final NodeSettingsFixture fixture) throws InvalidSettingsException {
        m_model.validateSettings(fixture.settings());
        m_model.loadValidatedSettingsFrom(fixture.settings());
    }

    private PortObject[] execute(final BufferedDataTable input) throws Exception {
        return m_model.execute(new PortObject[]{input}, m_exec);
    }

    private InvalidSettingsException configureFails(final PortObjectSpec input) {
        return assertThrows(InvalidSettingsException.class, () -> m_model.configure(new PortObjectSpec[]{input}));
    }

    private static byte[] pngBytes(final PortObject port) {
        return ((PNGImageValue)((ImagePortObject)port).toDataCell()).getImageContent().getByteArray();
    }

    /** Returns the karate-club edge list as a KNIME table with int columns source, target and weight. */
    private BufferedDataTable karateClub() throws Exception {
        List<DataCell[]> rows = new ArrayList<>();
        for (String line : TableFixture.resourceLines(getClass(), "karate-club-edges.csv").subList(1, 79)) {
            String[] cells = line.split(",");
            rows.add(new DataCell[]{new IntCell(Integer.parseInt(cells[0])), new IntCell(Integer.parseInt(cells[1])),
                new IntCell(Integer.parseInt(cells[2]))});
        }
        return TableFixture.table(m_exec, new String[]{"source", "target", "weight"},
            new DataType[]{IntCell.TYPE, IntCell.TYPE, IntCell.TYPE}, rows);
    }

    @Test
    void configureReturnsEdgeSummaryAndPictureSpecs() throws Exception {
        PortObjectSpec[] specs = m_model.configure(new PortObjectSpec[]{null});

        assertEquals(3, specs.length);
        DataTableSpec edges = (DataTableSpec)specs[0];
        assertArrayEquals(new String[]{"source", "target", "weight"}, edges.getColumnNames());
        assertEquals(IntCell.TYPE, edges.getColumnSpec(0).getType());
        assertEquals(DoubleCell.TYPE, edges.getColumnSpec(2).getType());
        DataTableSpec summary = (DataTableSpec)specs[1];
        assertArrayEquals(new String[]{"agents", "edges", "connected", "diameter", "min_degree", "max_degree",
            "lambda_min_V", "lambda_2_V", "slem", "spectral_gap", "algebraic_connectivity", "graph", "weight_rule",
            "draws", "patched_agents"}, summary.getColumnNames());
        assertEquals(BooleanCell.TYPE, summary.getColumnSpec("connected").getType());
        assertEquals(StringCell.TYPE, summary.getColumnSpec("graph").getType());
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)specs[2]).getDataType());
    }

    @Test
    void defaultsMatchEngineReferenceGraph() throws Exception {
        PortObjectSpec[] specs = m_model.configure(new PortObjectSpec[]{null});

        PortObject[] out = execute(null);

        GraphSpec spec = GraphSpec.erdosRenyi(20, 0.8);
        GraphSample sample = GraphFactory.build(spec, ConnectivityPolicy.PATCH_ISOLATED, 42, 1000);
        DMatrixRMaj v = MixingMatrices.build(sample.graph(), MixingRule.METROPOLIS_HASTINGS);
        assertEquals(specs[0], ((BufferedDataTable)out[0]).getDataTableSpec());
        assertEquals(specs[1], ((BufferedDataTable)out[1]).getDataTableSpec());
        TableFixture.assertSameTable(EdgeTables.toTable(sample.graph(), v), (BufferedDataTable)out[0]);
        ResultTable expectedSummary = CommunicationGraphBuilderNodeModel.summaryTable(
            SpectralSummary.of(sample.graph(), v), new Object[]{"erdos_renyi(n=20, p=0.8)", "metropolis_hastings",
                sample.draws(), sample.patchedAgents()});
        TableFixture.assertSameTable(expectedSummary, (BufferedDataTable)out[1]);
        assertArrayEquals(GraphPicture.pngBytes(20, sample.graph().edges(), 520, 520), pngBytes(out[2]));
    }

    @Test
    void ringOfFiveHasMetropolisWeightsOneThird() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 5)
            .with(CommunicationGraphBuilderSettings.CFGKEY_FAMILY, "ring"));

        PortObject[] out = execute(null);

        BufferedDataTable edges = (BufferedDataTable)out[0];
        assertEquals(10, edges.size(), "5 edges and 5 diagonal entries");
        int[][] expected = {{0, 0}, {0, 1}, {0, 4}, {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 3}, {3, 4}, {4, 4}};
        int r = 0;
        double[] rowSums = new double[5];
        for (DataRow row : edges) {
            int source = ((IntValue)row.getCell(0)).getIntValue();
            int target = ((IntValue)row.getCell(1)).getIntValue();
            double weight = ((DoubleValue)row.getCell(2)).getDoubleValue();
            assertArrayEquals(expected[r++], new int[]{source, target});
            assertEquals(1.0 / 3.0, weight, 1e-15, "weight of " + row);
            rowSums[source] += weight;
            if (source != target) {
                rowSums[target] += weight;
            }
        }
        for (int agent = 0; agent < 5; agent++) {
            assertEquals(1.0, rowSums[agent], 1e-12, "row sum of V for agent " + agent);
        }

        DataRow summary = ((BufferedDataTable)out[1]).iterator().next();
        DataTableSpec spec = ((BufferedDataTable)out[1]).getDataTableSpec();
        // lambda_min of the 5-ring's V is (1 + 2 cos(4 pi / 5)) / 3.
        assertEquals((1 + 2 * Math.cos(4 * Math.PI / 5)) / 3,
            ((DoubleValue)summary.getCell(spec.findColumnIndex("lambda_min_V"))).getDoubleValue(), 1e-12);
        assertEquals(2, ((IntValue)summary.getCell(spec.findColumnIndex("diameter"))).getIntValue());
        assertEquals("ring(n=5)", ((StringValue)summary.getCell(spec.findColumnIndex("graph"))).getStringValue());
        assertEquals(1, ((IntValue)summary.getCell(spec.findColumnIndex("draws"))).getIntValue());
    }

    @Test
    void pathOfTwoHasHalfWeights() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 2)
            .with(CommunicationGraphBuilderSettings.CFGKEY_FAMILY, "path"));

        PortObject[] out = execute(null);

        assertEquals(3, ((BufferedDataTable)out[0]).size());
        for (DataRow row : (BufferedDataTable)out[0]) {
            assertEquals(0.5, ((DoubleValue)row.getCell(2)).getDoubleValue(), 1e-15);
        }
    }

    @Test
    void karateClubInputMatchesEngineReader() throws Exception {
        BufferedDataTable input = karateClub();
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_WEIGHT_RULE, "max_degree"));
        m_model.configure(new PortObjectSpec[]{input.getDataTableSpec()});

        PortObject[] out = execute(input);

        String csv = String.join("\n", TableFixture.resourceLines(getClass(), "karate-club-edges.csv"));
        CommunicationGraph graph = EdgeListReader.defaults().read(new StringReader(csv), "karate-club-edges.csv");
        DMatrixRMaj v = MixingMatrices.build(graph, MixingRule.MAX_DEGREE);
        TableFixture.assertSameTable(EdgeTables.toTable(graph, v), (BufferedDataTable)out[0]);
        TableFixture.assertSameTable(CommunicationGraphBuilderNodeModel.summaryTable(SpectralSummary.of(graph, v),
            new Object[]{"edge table", "max_degree", null, null}), (BufferedDataTable)out[1]);
        ResultTable summary = ResultTables.fromDataTable("summary", (BufferedDataTable)out[1]);
        assertEquals(34, summary.cell(0, 0), "agents");
        assertEquals(78, summary.cell(0, 1), "edges");
        assertEquals(5, summary.cell(0, 3), "diameter of the karate club");
        assertArrayEquals(GraphPicture.pngBytes(34, graph.edges(), 520, 520), pngBytes(out[2]));
    }

    @Test
    void userRuleReadsOwnEdgeTableBack() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 6)
            .with(CommunicationGraphBuilderSettings.CFGKEY_FAMILY, "star")
            .with(CommunicationGraphBuilderSettings.CFGKEY_WEIGHT_RULE, "lazy_metropolis"));
        BufferedDataTable star = (BufferedDataTable)execute(null)[0];

        CommunicationGraphBuilderNodeModel reader = m_factory.createNodeModel();
        NodeSettings user = NodeSettingsFixture.from(reader::saveSettingsTo)
            .with(CommunicationGraphBuilderSettings.CFGKEY_WEIGHT_RULE, "user").settings();
        reader.validateSettings(user);
        reader.loadValidatedSettingsFrom(user);
        reader.configure(new PortObjectSpec[]{star.getDataTableSpec()});
        PortObject[] out = reader.execute(new PortObject[]{star}, m_exec);

        TableFixture.assertSameTable(ResultTables.fromDataTable("mixing_edges", star), (BufferedDataTable)out[0]);
    }

    @Test
    void userRuleWithoutInputFailsConfigure() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_WEIGHT_RULE, "user"));

        InvalidSettingsException e = configureFails(null);

        assertTrue(e.getMessage().startsWith("Mixing weight rule is user, which reads V from the weight column"),
            e.getMessage());
    }

    @Test
    void missingSourceColumnIsNamed() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_SOURCE_COLUMN, "from"));

        InvalidSettingsException e = configureFails(karateClub().getDataTableSpec());

        assertEquals("Source column: the input table has no column 'from'; select one of source, target, weight",
            e.getMessage());
    }

    @Test
    void stringTargetColumnIsRejected() throws Exception {
        List<DataCell[]> rows = List.<DataCell[]>of(new DataCell[]{new IntCell(0), new StringCell("1")});
        BufferedDataTable input = TableFixture.table(m_exec, new String[]{"source", "target"},
            new DataType[]{IntCell.TYPE, StringCell.TYPE}, rows);

        InvalidSettingsException e = configureFails(input.getDataTableSpec());

        assertEquals("Target column: column 'target' has type StringCell but must be an integer column",
            e.getMessage());
    }

    @Test
    void missingAgentIdNamesRow() throws Exception {
        List<DataCell[]> rows = List.of(new DataCell[]{new IntCell(0), new IntCell(1)},
            new DataCell[]{new IntCell(1), DataType.getMissingCell()});
        BufferedDataTable input = TableFixture.table(m_exec, new String[]{"source", "target"},
            new DataType[]{IntCell.TYPE, IntCell.TYPE}, rows);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> execute(input));

        assertEquals("Row 'Row1', column 'target' has a missing agent id; every row needs a source and a target",
            e.getMessage());
    }

    @Test
    void selfLoopDeclaresIsolatedAgent() throws Exception {
        List<DataCell[]> rows = List.of(new DataCell[]{new IntCell(0), new IntCell(1)},
            new DataCell[]{new IntCell(2), new IntCell(2)});
        BufferedDataTable input = TableFixture.table(m_exec, new String[]{"source", "target"},
            new DataType[]{IntCell.TYPE, IntCell.TYPE}, rows);
        List<String> warnings = new ArrayList<>();
        m_model.addWarningListener(warnings::add);

        PortObject[] out = execute(input);

        ResultTable summary = ResultTables.fromDataTable("summary", (BufferedDataTable)out[1]);
        assertEquals(3, summary.cell(0, 0), "agents");
        assertEquals(1, summary.cell(0, 1), "edges");
        assertEquals(false, summary.cell(0, 2), "connected");
        assertNull(summary.cell(0, 3), "diameter of a disconnected graph");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("The graph on 3 agents is not connected"), warnings.get(0));
    }

    @Test
    void unknownFamilyIsRejectedNamingTheChoices() {
        NodeSettings settings = defaults().with(CommunicationGraphBuilderSettings.CFGKEY_FAMILY, "Star").settings();

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertEquals("Graph family is 'Star' but must be one of complete, ring, path, star, grid, torus, erdos_renyi, "
            + "random_regular, watts_strogatz, barabasi_albert, random_geometric", e.getMessage());
    }

    @Test
    void familyParametersAreCheckedByEngine() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_PROBABILITY, 1.5));

        InvalidSettingsException e = configureFails(null);

        assertEquals("Graph family erdos_renyi: Invalid p = 1.5 for an Erdos-Renyi graph G(n, p): a probability must lie in [0, 1]",
            e.getMessage());
    }

    @Test
    void gridNeedsAgentsEqualToRowsTimesColumns() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_FAMILY, "grid")
            .with(CommunicationGraphBuilderSettings.CFGKEY_GRID_ROWS, 3));

        InvalidSettingsException e = configureFails(null);

        assertEquals("Graph family grid: Invalid n = 20 for a grid of rows x cols = 3 x 5: n must equal rows * cols = 15",
            e.getMessage());
    }

    @Test
    void oneAgentIsRejectedNamingTheSetting() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 1));

        InvalidSettingsException e = configureFails(null);

        assertTrue(e.getMessage().startsWith("Number of agents n is 1 but must be between 2 and 10000"), e.getMessage());
    }

    @Test
    void otherSettingsNameLabelAndValue() {
        NodeSettings draws = defaults().with(CommunicationGraphBuilderSettings.CFGKEY_MAX_DRAWS, 0).settings();
        NodeSettings size = defaults().with(CommunicationGraphBuilderSettings.CFGKEY_PICTURE_SIZE, 100).settings();
        NodeSettings policy = defaults().with(CommunicationGraphBuilderSettings.CFGKEY_CONNECTIVITY, "retry").settings();

        assertEquals("Maximum draws (resample_until_connected) is 0 but must be at least 1",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(draws)).getMessage());
        assertEquals("Picture width and height in pixels is 100 but must be between 160 and 16384",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(size)).getMessage());
        assertEquals("If a random graph is disconnected is 'retry' but must be one of resample_until_connected, "
            + "patch_isolated, as_drawn",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(policy)).getMessage());
    }

    @Test
    void resamplingGivesUpAfterMaximumDraws() throws Exception {
        load(defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 6)
            .with(CommunicationGraphBuilderSettings.CFGKEY_PROBABILITY, 0.0)
            .with(CommunicationGraphBuilderSettings.CFGKEY_CONNECTIVITY, "resample_until_connected")
            .with(CommunicationGraphBuilderSettings.CFGKEY_MAX_DRAWS, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> execute(null));

        assertTrue(e.getMessage().startsWith("Failed to draw a connected graph in 3 draws of erdos_renyi(n=6, p=0.0)"),
            e.getMessage());
    }

    @Test
    void missingSettingIsRejected() {
        NodeSettings settings = new NodeSettings("model");
        settings.addInt(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 5);

        assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));
    }

    @Test
    void executeReportsProgressAndHonoursCancel() throws Exception {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        m_model.execute(new PortObject[]{null}, TestExecution.createContext(m_factory, monitor));
        assertEquals(1.0, monitor.getProgress(), 1e-12);

        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(new PortObject[]{null}, TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void dialogRoundTripKeepsValues() throws Exception {
        NodeSettings stored = defaults().with(CommunicationGraphBuilderSettings.CFGKEY_AGENTS, 7)
            .with(CommunicationGraphBuilderSettings.CFGKEY_PROBABILITY, 0.25).settings();
        CommunicationGraphBuilderNodeDialog dialog = new CommunicationGraphBuilderNodeDialog();

        dialog.loadSettingsFrom(stored, new PortObjectSpec[]{null});
        NodeSettings saved = new NodeSettings("model");
        dialog.saveSettingsTo(saved);

        m_model.validateSettings(saved);
        assertEquals(7, saved.getInt(CommunicationGraphBuilderSettings.CFGKEY_AGENTS));
        assertEquals(0.25, saved.getDouble(CommunicationGraphBuilderSettings.CFGKEY_PROBABILITY));
        assertEquals("erdos_renyi", saved.getString(CommunicationGraphBuilderSettings.CFGKEY_FAMILY));
        assertEquals("source", saved.getString(CommunicationGraphBuilderSettings.CFGKEY_SOURCE_COLUMN));
        assertEquals(42, saved.getInt(CommunicationGraphBuilderSettings.CFGKEY_SEED));
    }
}
