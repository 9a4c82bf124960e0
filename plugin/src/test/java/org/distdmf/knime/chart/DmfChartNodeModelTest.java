package org.distdmf.knime.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distdmf.core.Progress;
import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.DensitySweepChart;
import org.distdmf.core.chart.IterationChart;
import org.distdmf.core.chart.Series;
import org.distdmf.core.chart.SharpnessChart;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.sweep.GraphDensitySweep;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.TrainingResult;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.util.ResultTables;
import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
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

/**
 * Draws every chart type from engine results of a small problem and compares the PNG bytes with the
 * engine's own chart of the same data.
 */
class DmfChartNodeModelTest {

    private static ResultTable s_history;

    private static ResultTable s_agentSummary;

    private static ResultTable s_sweep;

    private static ResultTable s_densitySweep;

    private final DmfChartNodeFactory m_factory = new DmfChartNodeFactory();

    private DmfChartNodeModel m_model;

    private ExecutionContext m_exec;

    /** Trains 3 agents on a 2 x 2 target of depth 2 over a complete graph, with sharpness every 2 iterations. */
    @BeforeAll
    static void runEngine() {
        DmfProblem problem = SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(3, 2, 2, 11));
        DMatrixRMaj mixing = MixingMatrices.build(
            GraphFactory.build(GraphSpec.complete(3), ConnectivityPolicy.AS_DRAWN, 1).graph(),
            MixingRule.METROPOLIS_HASTINGS);
        TrainingResult training = DgdTrainer.train(problem, mixing, DgdSettings.reference(8, 0.9, 2, 1, 3), Progress.NONE);
        s_history = training.historyTable();
        s_agentSummary = training.agentSummaryTable();
        s_sweep = StabilitySweep.overMultipliers(problem, mixing, new double[]{0.5, 1.0, 1.5},
            DgdSettings.reference(5, 1, 0, 1, 3), false, Progress.NONE).toTable();
        s_densitySweep = GraphDensitySweep.toTable(GraphDensitySweep.run(problem, new double[]{0.5, 1.0},
            ConnectivityPolicy.PATCH_ISOLATED, MixingRule.METROPOLIS_HASTINGS, DgdSettings.reference(5, 0.9, 0, 1, 3), 9,
            Progress.NONE));
    }

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
        m_exec = TestExecution.createContext(m_factory);
    }

    private void load(final NodeSettingsFixture fixture) throws InvalidSettingsException {
        m_model.validateSettings(fixture.settings());
        m_model.loadValidatedSettingsFrom(fixture.settings());
    }

    private NodeSettingsFixture chartType(final String type) {
        return NodeSettingsFixture.from(m_model::saveSettingsTo).with(DmfChartSettings.CFGKEY_CHART_TYPE, type);
    }

    private BufferedDataTable knime(final ResultTable table) throws CanceledExecutionException {
        return ResultTables.toBufferedDataTable(table, m_exec);
    }

    /** Configures and executes the node and returns the PNG bytes of its image. */
    private byte[] draw(final ResultTable data, final ResultTable reference) throws Exception {
        BufferedDataTable dataTable = knime(data);
        BufferedDataTable referenceTable = reference == null ? null : knime(reference);
        PortObjectSpec[] specs = m_model.configure(new PortObjectSpec[]{dataTable.getDataTableSpec(),
            referenceTable == null ? null : referenceTable.getDataTableSpec()});
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)specs[0]).getDataType());
        PortObject[] out = m_model.execute(new PortObject[]{dataTable, referenceTable}, m_exec);
        return ((PNGImageValue)((ImagePortObject)out[0]).toDataCell()).getImageContent().getByteArray();
    }

    private InvalidSettingsException configureFails(final ResultTable data, final ResultTable reference) {
        DataTableSpec referenceSpec = reference == null ? null : ResultTables.createSpec(reference);
        return assertThrows(InvalidSettingsException.class, () -> m_model.configure(
            new PortObjectSpec[]{ResultTables.createSpec(data), referenceSpec}));
    }

    private static List<Series> sharpnessSeries() {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            series.add(Series.fromTable("agent " + i, s_history, "iteration", "sharpness_agent_" + i));
        }
        return series;
    }

    @Test
    void defaultsDrawNmseOnLogAxis() throws Exception {
        byte[] png = draw(s_history, null);

        JFreeChart expected = IterationChart.of("NMSE against iteration", "NMSE",
            List.of(Series.fromTable("NMSE", s_history, "iteration", "nmse")), true);
        assertArrayEquals(ChartFiles.pngBytes(expected, 800, 500), png);
        PNGImageContent content = new PNGImageContent(png);
        assertEquals(800, content.getPreferredSize().width);
        assertEquals(500, content.getPreferredSize().height);
    }

    @Test
    void figureTitleSizeAndLinearAxisApply() throws Exception {
        load(chartType(DmfChartSettings.TYPE_ITERATION).with(DmfChartSettings.CFGKEY_FIGURE, "consensus_error")
            .with(DmfChartSettings.CFGKEY_LOG_SCALE, false).with(DmfChartSettings.CFGKEY_TITLE, "Run 1")
            .with(DmfChartSettings.CFGKEY_WIDTH, 400).with(DmfChartSettings.CFGKEY_HEIGHT, 300));

        byte[] png = draw(s_history, null);

        JFreeChart expected = IterationChart.of("Run 1", "consensus error",
            List.of(Series.fromTable("consensus error", s_history, "iteration", "consensus_error")), false);
        assertArrayEquals(ChartFiles.pngBytes(expected, 400, 300), png);
    }

    @Test
    void sharpnessWithAgentSummaryDrawsStabilityLines() throws Exception {
        load(chartType(DmfChartSettings.TYPE_SHARPNESS).with(DmfChartSettings.CFGKEY_LOG_SCALE, false));

        byte[] png = draw(s_history, s_agentSummary);

        double[] lines = s_agentSummary.doubleColumn("stability_line");
        JFreeChart expected = SharpnessChart.of("Sharpness per agent", sharpnessSeries(), lines, false);
        assertArrayEquals(ChartFiles.pngBytes(expected, 800, 500), png);
    }

    @Test
    void sharpnessWithoutReferenceDrawsCurvesOnly() throws Exception {
        load(chartType(DmfChartSettings.TYPE_SHARPNESS));

        byte[] png = draw(s_history, null);

        JFreeChart expected = IterationChart.of("Sharpness per agent", "sharpness \u03bb_max(H_i)", sharpnessSeries(), true);
        assertArrayEquals(ChartFiles.pngBytes(expected, 800, 500), png);
    }

    @Test
    void spectralRadiusMarksCriticalMultiplier() throws Exception {
        load(chartType(DmfChartSettings.TYPE_SPECTRAL_RADIUS));
        ResultTable checker = ResultTable.builder("summary").column("rho_J", ColumnType.DOUBLE)
            .column("critical_multiplier", ColumnType.DOUBLE).row(0.7, 1.25).build();

        byte[] withMarker = draw(s_sweep, checker);
        byte[] withoutMarker = draw(s_sweep, null);

        String title = "Spectral radius of the linearised DGD map against c";
        double[] c = s_sweep.doubleColumn("c");
        double[] rho = s_sweep.doubleColumn("rho_J");
        assertArrayEquals(ChartFiles.pngBytes(SpectralRadiusChart.of(title, c, rho, 1.25, null), 800, 500), withMarker);
        assertArrayEquals(ChartFiles.pngBytes(SpectralRadiusChart.of(title, c, rho, Double.NaN, null), 800, 500),
            withoutMarker);
        assertFalse(Arrays.equals(withMarker, withoutMarker), "the c* marker changes the picture");
    }

    @Test
    void densitySweepDrawsBothFinalFigures() throws Exception {
        load(chartType(DmfChartSettings.TYPE_DENSITY_SWEEP));

        byte[] png = draw(s_densitySweep, null);

        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", s_densitySweep.doubleColumn("final_nmse"));
        figures.put("final consensus error", s_densitySweep.doubleColumn("final_consensus_error"));
        JFreeChart expected = DensitySweepChart.of("Final NMSE and consensus error against edge probability p",
            s_densitySweep.doubleColumn("p"), figures, true);
        assertArrayEquals(ChartFiles.pngBytes(expected, 800, 500), png);
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        InvalidSettingsException e = configureFails(s_sweep, null);

        assertEquals("Chart type figure_against_iteration needs the column 'iteration' in the input table, which has "
            + "the columns c, rho_J, rho_converged, converged, divergence_iteration, final_nmse, final_consensus_error; "
            + "connect a matching table or choose another chart type", e.getMessage());
    }

    @Test
    void sweepChartOnHistoryNamesColumn() throws Exception {
        load(chartType(DmfChartSettings.TYPE_DENSITY_SWEEP));

        InvalidSettingsException e = configureFails(s_history, null);

        assertTrue(e.getMessage().startsWith("Chart type density_sweep needs the column 'p' in the input table"),
            e.getMessage());
    }

    @Test
    void historyWithoutSharpnessIsRejected() throws Exception {
        load(chartType(DmfChartSettings.TYPE_SHARPNESS));
        ResultTable untracked = ResultTable.builder("history").column("iteration", ColumnType.INTEGER)
            .column("nmse", ColumnType.DOUBLE).build();

        InvalidSettingsException e = configureFails(untracked, null);

        assertEquals("Chart type sharpness_per_agent needs columns sharpness_agent_0, sharpness_agent_1, ... in the "
            + "input table, which has none; turn on sharpness tracking in the trainer", e.getMessage());
    }

    @Test
    void referenceWithoutStabilityLineIsRejected() throws Exception {
        load(chartType(DmfChartSettings.TYPE_SHARPNESS));

        InvalidSettingsException e = configureFails(s_history, s_sweep);

        assertTrue(e.getMessage().startsWith(
            "Chart type sharpness_per_agent needs the column 'stability_line' in the reference table"), e.getMessage());
    }

    @Test
    void textColumnIsRejected() throws Exception {
        ResultTable text = ResultTable.builder("history").column("iteration", ColumnType.INTEGER)
            .column("nmse", ColumnType.STRING).build();

        InvalidSettingsException e = configureFails(text, null);

        assertEquals("Chart type figure_against_iteration needs the column 'nmse' of the input table to be numeric, "
            + "but its type is StringCell", e.getMessage());
    }

    @Test
    void settingsNameLabelAndValue() {
        NodeSettings width = chartType(DmfChartSettings.TYPE_ITERATION).with(DmfChartSettings.CFGKEY_WIDTH, 0).settings();
        NodeSettings type = chartType("pie").settings();
        NodeSettings figure = chartType(DmfChartSettings.TYPE_ITERATION).with(DmfChartSettings.CFGKEY_FIGURE, "loss")
            .settings();

        assertEquals("Width in pixels is 0 but must be between 1 and 16384",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(width)).getMessage());
        assertEquals("Chart type is 'pie' but must be one of figure_against_iteration, sharpness_per_agent, "
            + "spectral_radius_against_c, density_sweep",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(type)).getMessage());
        assertEquals("Figure (figure against iteration) is 'loss' but must be one of nmse, consensus_error, objective, "
            + "gradient_norm", assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(figure))
                .getMessage());
    }

    @Test
    void executeReportsProgressAndHonoursCancel() throws Exception {
        BufferedDataTable history = knime(s_history);
        m_model.configure(new PortObjectSpec[]{history.getDataTableSpec(), null});
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        m_model.execute(new PortObject[]{history, null}, TestExecution.createContext(m_factory, monitor));
        assertEquals(1.0, monitor.getProgress(), 1e-12);

        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class, () -> m_model.execute(new PortObject[]{history, null},
            TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void dialogRoundTripKeepsValues() throws Exception {
        NodeSettings stored = chartType(DmfChartSettings.TYPE_SPECTRAL_RADIUS).with(DmfChartSettings.CFGKEY_HEIGHT, 640)
            .settings();
        DmfChartNodeDialog dialog = new DmfChartNodeDialog();

        dialog.loadSettingsFrom(stored, new PortObjectSpec[]{ResultTables.createSpec(s_sweep), null});
        NodeSettings saved = new NodeSettings("model");
        dialog.saveSettingsTo(saved);

        m_model.validateSettings(saved);
        assertEquals(DmfChartSettings.TYPE_SPECTRAL_RADIUS, saved.getString(DmfChartSettings.CFGKEY_CHART_TYPE));
        assertEquals(640, saved.getInt(DmfChartSettings.CFGKEY_HEIGHT));
        assertEquals(true, saved.getBoolean(DmfChartSettings.CFGKEY_LOG_SCALE));
    }
}
