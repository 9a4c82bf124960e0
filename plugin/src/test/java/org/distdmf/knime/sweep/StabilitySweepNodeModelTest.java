package org.distdmf.knime.sweep;

import static org.distdmf.knime.testing.DmfTestTables.assertSameTable;
import static org.distdmf.knime.testing.DmfTestTables.edgeTable;
import static org.distdmf.knime.testing.DmfTestTables.knimeTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.imageio.ImageIO;

import org.distdmf.core.Progress;
import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.knime.testing.CancelingMonitor;
import org.distdmf.knime.testing.DmfTestTables;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.util.ResultTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
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

/** Runs the Stability Sweep through configure and execute and compares it with the engine. */
class StabilitySweepNodeModelTest {

    private static final int AGENTS = 4;

    private static final DmfProblem PROBLEM = DmfTestTables.problem(AGENTS, 3, 3, 31);

    private static final MixingNetwork NETWORK = DmfTestTables.network(AGENTS, 0.7, 5);

    private final StabilitySweepNodeFactory m_factory = new StabilitySweepNodeFactory();

    private StabilitySweepNodeModel m_model;

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
    }

    private NodeSettings settingsWith(final Object... keysAndValues) {
        NodeSettingsFixture fixture = NodeSettingsFixture.from(m_model::saveSettingsTo);
        for (int k = 0; k < keysAndValues.length; k += 2) {
            fixture.with((String)keysAndValues[k], keysAndValues[k + 1]);
        }
        return fixture.settings();
    }

    private void load(final Object... keysAndValues) throws InvalidSettingsException {
        NodeSettings settings = settingsWith(keysAndValues);
        m_model.validateSettings(settings);
        m_model.loadValidatedSettingsFrom(settings);
    }

    private static PortObjectSpec[] inputSpecs() {
        return new PortObjectSpec[]{ResultTables.createSpec(ProblemTables.toLongTable(PROBLEM)),
            ResultTables.createSpec(edgeTable(NETWORK))};
    }

    private PortObject[] inputs(final ExecutionContext exec) throws Exception {
        return new PortObject[]{knimeTable(ProblemTables.toLongTable(PROBLEM), exec),
            knimeTable(edgeTable(NETWORK), exec)};
    }

    private PortObject[] execute() throws Exception {
        m_model.configure(inputSpecs());
        ExecutionContext exec = TestExecution.createContext(m_factory);
        return m_model.execute(inputs(exec), exec);
    }

    private static byte[] pngBytes(final PortObject port) {
        return ((PNGImageValue)((ImagePortObject)port).toDataCell()).getImageContent().getByteArray();
    }

    @Test
    void configureReturnsTableAndImageSpecs() throws Exception {
        PortObjectSpec[] specs = m_model.configure(inputSpecs());

        assertEquals(2, specs.length);
        assertArrayEquals(new String[]{"c", "rho_J", "rho_converged", "converged", "divergence_iteration", "final_nmse",
            "final_consensus_error"}, ((DataTableSpec)specs[0]).getColumnNames());
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)specs[1]).getDataType());
    }

    @Test
    void sweepOverListMatchesEngine() throws Exception {
        load(StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE, StabilitySweepSettings.SOURCE_LIST,
            StabilitySweepSettings.CFGKEY_LIST, "0.5, 1, 2.5", StabilitySweepSettings.CFGKEY_ITERATIONS, 30,
            StabilitySweepSettings.CFGKEY_THREADS, 2, StabilitySweepSettings.CFGKEY_IMAGE_WIDTH, 640,
            StabilitySweepSettings.CFGKEY_IMAGE_HEIGHT, 400);

        PortObject[] out = execute();

        StabilitySweep.Result expected = StabilitySweep.overMultipliers(PROBLEM, NETWORK.mixingMatrix(),
            new double[]{0.5, 1, 2.5}, DgdSettings.reference(30, 1.0, 0, 1, 42), true, Progress.NONE);
        assertSameTable(expected.toTable(), (BufferedDataTable)out[0]);
        assertTrue(expected.criticalMultiplier().found(), expected.criticalMultiplier().note());

        double cStar = expected.criticalMultiplier().value();
        JFreeChart chart = SpectralRadiusChart.of("Spectral radius of the linearised DGD map at the ground truth",
            expected.multipliers(), expected.spectralRadii(), cStar, null);
        byte[] png = pngBytes(out[1]);
        assertArrayEquals(ChartFiles.pngBytes(chart, 640, 400), png, "chart with c* marked, drawn by the engine");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void sourceIsStoredAsId() throws Exception {
        assertEquals("range", settingsWith().getString(StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE));
    }

    @Test
    void earlierDialogLabelsLoadAsIds() throws Exception {
        load(StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE, "List", StabilitySweepSettings.CFGKEY_LIST, "0.5, 3");

        assertEquals("list", settingsWith().getString(StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE));
        assertArrayEquals(new double[]{0.5, 3}, StabilitySweepSettings.multipliers("List", 0.25, 2, 0.25, "0.5, 3"));
        assertArrayEquals(new double[]{0.5, 1.0},
            StabilitySweepSettings.multipliers("Range (from, to, step)", 0.5, 1.0, 0.5, ""));
    }

    @Test
    void chartMarksCriticalMultiplierWhenFound() {
        StabilitySweep.Result result = StabilitySweep.overMultipliers(PROBLEM, NETWORK.mixingMatrix(),
            new double[]{0.5, 1.5}, DgdSettings.reference(2, 1.0, 0, 1, 42), true, Progress.NONE);
        StabilitySweep.Result unsearched = new StabilitySweep.Result(result.points(), null, result.lambdaMinMixing());

        List<Double> marked = domainMarkers(StabilitySweepNodeModel.chart(result, "ground truth"));
        List<Double> unmarked = domainMarkers(StabilitySweepNodeModel.chart(unsearched, "ground truth"));

        assertEquals(List.of(1.0, result.criticalMultiplier().value()), marked, "bound c = 1 and c*");
        assertEquals(List.of(1.0), unmarked, "bound c = 1 only");
    }

    private static List<Double> domainMarkers(final JFreeChart chart) {
        Collection<?> markers = ((XYPlot)chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        List<Double> values = new ArrayList<>();
        for (Object marker : markers) {
            values.add(((ValueMarker)marker).getValue());
        }
        return values;
    }

    @Test
    void rangeSweepRunsEveryStep() throws Exception {
        load(StabilitySweepSettings.CFGKEY_FROM, 0.5, StabilitySweepSettings.CFGKEY_TO, 1.5,
            StabilitySweepSettings.CFGKEY_STEP, 0.5, StabilitySweepSettings.CFGKEY_ITERATIONS, 5,
            StabilitySweepSettings.CFGKEY_SEARCH_CRITICAL, false);

        PortObject[] out = execute();

        StabilitySweep.Result expected = StabilitySweep.overMultipliers(PROBLEM, NETWORK.mixingMatrix(),
            new double[]{0.5, 1.0, 1.5}, DgdSettings.reference(5, 1.0, 0, 1, 42), false, Progress.NONE);
        assertSameTable(expected.toTable(), (BufferedDataTable)out[0]);
        assertNull(expected.criticalMultiplier());
    }

    @Test
    void rangeIsExactInDecimal() throws Exception {
        double[] values = StabilitySweepSettings.multipliers(StabilitySweepSettings.SOURCE_RANGE, 0.1, 0.3, 0.1, "");
        double[] defaults = new StabilitySweepSettings().multipliers();
        double[] single = StabilitySweepSettings.multipliers(StabilitySweepSettings.SOURCE_RANGE, 1.0, 1.05, 0.1, "");

        assertArrayEquals(new double[]{0.1, 0.2, 0.3}, values);
        assertArrayEquals(new double[]{0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}, defaults);
        assertArrayEquals(new double[]{1.0}, single, "the last step would pass 'to'");
    }

    @Test
    void badMultiplierSettingsAreRejectedNamingThem() {
        Object[][] cases = {
            {new Object[]{StabilitySweepSettings.CFGKEY_TO, 0.1}, "To is 0.1 but must be at least From (0.25)"},
            {new Object[]{StabilitySweepSettings.CFGKEY_STEP, 0.0}, "Step is 0.0"},
            {new Object[]{StabilitySweepSettings.CFGKEY_FROM, -1.0}, "From is -1.0"},
            {new Object[]{StabilitySweepSettings.CFGKEY_STEP, 1e-5}, "more than 1000 multipliers"},
            {new Object[]{StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE, StabilitySweepSettings.SOURCE_LIST,
                StabilitySweepSettings.CFGKEY_LIST, "0.5, x"}, "item 2 of '0.5, x' is 'x', which is not a number"},
            {new Object[]{StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE, StabilitySweepSettings.SOURCE_LIST,
                StabilitySweepSettings.CFGKEY_LIST, "0.5, 0"}, "item 2 of '0.5, 0' is 0.0 but every multiplier"},
            {new Object[]{StabilitySweepSettings.CFGKEY_MULTIPLIER_SOURCE, "Grid"},
                "Multipliers c from is 'Grid' but must be one of: range, list"},
            {new Object[]{StabilitySweepSettings.CFGKEY_ITERATIONS, -5}, "Iterations per training run is -5"},
            {new Object[]{StabilitySweepSettings.CFGKEY_IMAGE_WIDTH, 0}, "Chart width (pixels) is 0"},
        };
        for (Object[] badCase : cases) {
            NodeSettings settings = settingsWith((Object[])badCase[0]);
            String expected = (String)badCase[1];

            InvalidSettingsException e =
                assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings), expected);

            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
    }

    @Test
    void missingProblemColumnFailsConfigure() {
        PortObjectSpec[] specs = inputSpecs();
        specs[0] = DmfTestTables.withoutColumn((DataTableSpec)specs[0], "kind");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().startsWith("Problem table (input 0) has no column 'kind'"), e.getMessage());
    }

    @Test
    void agentCountMismatchFailsExecute() throws Exception {
        m_model.configure(inputSpecs());
        ExecutionContext exec = TestExecution.createContext(m_factory);
        PortObject[] in = {knimeTable(ProblemTables.toLongTable(PROBLEM), exec),
            knimeTable(edgeTable(DmfTestTables.network(6, 0.7, 5)), exec)};

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m_model.execute(in, exec));

        assertTrue(e.getMessage().contains("The problem table has 4 agents but the edge table has 6 agents"),
            e.getMessage());
    }

    @Test
    void cancelRaisesCanceledExecution() throws Exception {
        m_model.configure(inputSpecs());
        PortObject[] in = inputs(TestExecution.createContext(m_factory));
        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();

        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void cancelDuringSweepStopsIt() throws Exception {
        load(StabilitySweepSettings.CFGKEY_ITERATIONS, 200, StabilitySweepSettings.CFGKEY_THREADS, 1);
        m_model.configure(inputSpecs());
        PortObject[] in = inputs(TestExecution.createContext(m_factory));
        CancelingMonitor monitor = new CancelingMonitor(0.3);

        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory, monitor)));

        assertTrue(monitor.getProgress() < 0.5, "stopped soon after the cancel at progress " + monitor.getProgress());
    }
}
