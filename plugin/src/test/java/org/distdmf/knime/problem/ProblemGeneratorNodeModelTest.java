package org.distdmf.knime.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TableFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.util.ResultTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;

/** Runs the DMF Problem Generator through configure and execute on the org.knime.core API. */
class ProblemGeneratorNodeModelTest {

    private final ProblemGeneratorNodeFactory m_factory = new ProblemGeneratorNodeFactory();

    private ProblemGeneratorNodeModel m_model;

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
    }

    private NodeSettingsFixture defaults() {
        return NodeSettingsFixture.from(m_model::saveSettingsTo);
    }

    private void load(final NodeSettingsFixture fixture) throws InvalidSettingsException {
        m_model.validateSettings(fixture.settings());
        m_model.loadValidatedSettingsFrom(fixture.settings());
    }

    /** Small settings that run in milliseconds: 4 agents, a 3 x 2 target, depth 3. */
    private NodeSettingsFixture small() {
        return defaults().with(ProblemSettings.CFGKEY_AGENTS, 4).with(ProblemGeneratorSettings.CFGKEY_ROWS, 3)
            .with(ProblemGeneratorSettings.CFGKEY_COLUMNS, 2).with(ProblemSettings.CFGKEY_DEPTH, 3)
            .with(ProblemSettings.CFGKEY_HIDDEN_WIDTHS, "4,5").with(ProblemSettings.CFGKEY_SEED, 7);
    }

    private InvalidSettingsException rejected(final String key, final Object value) {
        NodeSettings settings = small().with(key, value).settings();
        return assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));
    }

    @Test
    void configureReturnsProblemAndAgentSpecs() throws Exception {
        DataTableSpec[] specs = m_model.configure(new DataTableSpec[0]);

        assertEquals(2, specs.length);
        assertArrayEquals(new String[]{"kind", "agent", "layer", "row", "column", "value"}, specs[0].getColumnNames());
        assertEquals(StringCell.TYPE, specs[0].getColumnSpec("kind").getType());
        assertEquals(IntCell.TYPE, specs[0].getColumnSpec("agent").getType());
        assertEquals(DoubleCell.TYPE, specs[0].getColumnSpec("value").getType());
        assertArrayEquals(new String[]{"agent", "observation", "measurement_rows", "weight_decay", "measurement_norm",
            "observed_fraction"}, specs[1].getColumnNames());
    }

    @Test
    void defaultsReproduceReferenceExperiment() throws Exception {
        DataTableSpec[] specs = m_model.configure(new DataTableSpec[0]);

        BufferedDataTable[] out = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        DmfProblem expected = SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(20, 10, 20, 42));
        assertEquals(specs[0], out[0].getDataTableSpec());
        assertEquals(specs[1], out[1].getDataTableSpec());
        TableFixture.assertSameTable(ProblemTables.toLongTable(expected), out[0]);
        TableFixture.assertSameTable(ProblemTables.agentSummary(expected), out[1]);
        assertEquals(20, out[1].size(), "one summary row per agent");
    }

    @Test
    void executeMatchesEngineForSameSettings() throws Exception {
        load(small().with(ProblemSettings.CFGKEY_OBSERVATION, "mask").with(ProblemSettings.CFGKEY_OBSERVED_FRACTION, 0.6)
            .with(ProblemSettings.CFGKEY_NOISE, 0.01).with(ProblemSettings.CFGKEY_WEIGHT_DECAY, "0.1,0.2,0.3,0.4")
            .with(ProblemGeneratorSettings.CFGKEY_RANK, 1));

        BufferedDataTable[] out = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        SyntheticProblemSpec spec = new SyntheticProblemSpec(4, 3, 2, 3, WidthSpec.list(4, 5), 1,
            new ObservationSpec(Observation.MASK, 0, 0.6, 0.01), WeightDecaySpec.list(0.1, 0.2, 0.3, 0.4), 7);
        DmfProblem expected = SyntheticProblemGenerator.generate(spec);
        TableFixture.assertSameTable(ProblemTables.toLongTable(expected), out[0]);
        TableFixture.assertSameTable(ProblemTables.agentSummary(expected), out[1]);

        DmfProblem readBack = ProblemTables.fromLongTable(ResultTables.fromDataTable("problem", out[0]));
        assertArrayEquals(new int[]{2, 4, 5, 3}, readBack.widths());
        assertArrayEquals(new double[]{0.1, 0.2, 0.3, 0.4}, readBack.weightDecays(), 0.0);
        assertEquals(Observation.MASK, readBack.agent(0).observation());
    }

    @Test
    void sameSeedGivesSameTables() throws Exception {
        load(small());
        BufferedDataTable[] first = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));
        BufferedDataTable[] second = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        TableFixture.assertSameTable(ResultTables.fromDataTable("problem", first[0]), second[0]);
    }

    @Test
    void autoWidthsUseSmallerTargetSide() throws Exception {
        load(small().with(ProblemSettings.CFGKEY_HIDDEN_WIDTHS, "auto"));

        BufferedDataTable[] out = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        DmfProblem problem = ProblemTables.fromLongTable(ResultTables.fromDataTable("problem", out[0]));
        assertArrayEquals(new int[]{2, 2, 2, 3}, problem.widths(), "min(3, 2) = 2 in both hidden layers");
    }

    @Test
    void widthListOfWrongLengthIsRejected() {
        InvalidSettingsException e = rejected(ProblemSettings.CFGKEY_HIDDEN_WIDTHS, "12,15,20");

        assertEquals("Hidden widths '12,15,20' are invalid: hidden width list has 3 values but depth 3 needs 2",
            e.getMessage());
    }

    @Test
    void unparsableWidthsAreRejected() {
        InvalidSettingsException e = rejected(ProblemSettings.CFGKEY_HIDDEN_WIDTHS, "ten");

        assertTrue(e.getMessage().startsWith("Hidden widths 'ten' are invalid: hidden widths 'ten' must be an integer"),
            e.getMessage());
    }

    @Test
    void emptyWeightDecayRangeIsRejected() {
        InvalidSettingsException e = rejected(ProblemSettings.CFGKEY_WEIGHT_DECAY, "0.9:0.1");

        assertEquals("Weight decay '0.9:0.1' is invalid: weight decay range is empty: low end 0.9 > high end 0.1",
            e.getMessage());
    }

    @Test
    void weightDecayListMustMatchAgents() {
        InvalidSettingsException e = rejected(ProblemSettings.CFGKEY_WEIGHT_DECAY, "0.1,0.2");

        assertEquals("Weight decay '0.1,0.2' is invalid: weight decay list has 2 values but there are 4 agents",
            e.getMessage());
    }

    @Test
    void numericSettingsNameLabelAndValue() {
        assertEquals("Number of agents is 1 but must be at least 2, because consensus needs two agents",
            rejected(ProblemSettings.CFGKEY_AGENTS, 1).getMessage());
        assertEquals("Target rows m is 0 but must be at least 1",
            rejected(ProblemGeneratorSettings.CFGKEY_ROWS, 0).getMessage());
        assertEquals("Target columns p is -2 but must be at least 1",
            rejected(ProblemGeneratorSettings.CFGKEY_COLUMNS, -2).getMessage());
        assertEquals("Depth L (number of factors) is 0 but must be at least 1",
            rejected(ProblemSettings.CFGKEY_DEPTH, 0).getMessage());
        assertEquals("Rank of each ground-truth factor (0 = full rank) is -1 but must be at least 0",
            rejected(ProblemGeneratorSettings.CFGKEY_RANK, -1).getMessage());
        assertEquals("Observed fraction (mask only) is 0.0 but must be greater than 0 and at most 1",
            rejected(ProblemSettings.CFGKEY_OBSERVED_FRACTION, 0.0).getMessage());
        assertEquals("Noise standard deviation is -0.5 but must be finite and 0 or more",
            rejected(ProblemSettings.CFGKEY_NOISE, -0.5).getMessage());
        assertTrue(rejected(ProblemSettings.CFGKEY_MEASUREMENTS, -3).getMessage()
            .startsWith("Measurements per agent (0 = target rows) is -3 but must be 0 or more"));
    }

    @Test
    void unknownObservationIsRejected() {
        InvalidSettingsException e = rejected(ProblemSettings.CFGKEY_OBSERVATION, "completion");

        assertEquals("Observation is 'completion' but must be one of sensing, identity, mask", e.getMessage());
    }

    @Test
    void problemLargerThanHeapIsRejected() {
        InvalidSettingsException e = rejected(ProblemGeneratorSettings.CFGKEY_ROWS, 2_000_000);

        assertTrue(e.getMessage().startsWith("the problem data of 4 agents with a 2000000 x 2 target needs about"),
            e.getMessage());
    }

    @Test
    void missingSettingIsRejected() {
        NodeSettings settings = new NodeSettings("model");
        settings.addInt(ProblemSettings.CFGKEY_AGENTS, 5);

        assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));
    }

    @Test
    void executeReportsProgressAndHonoursCancel() throws Exception {
        load(small());
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory, monitor));
        assertEquals(1.0, monitor.getProgress(), 1e-12);

        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void dialogRoundTripKeepsValues() throws Exception {
        NodeSettings stored = small().with(ProblemSettings.CFGKEY_WEIGHT_DECAY, "0.5").settings();
        ProblemGeneratorNodeDialog dialog = new ProblemGeneratorNodeDialog();

        dialog.loadSettingsFrom(stored, new PortObjectSpec[0]);
        NodeSettings saved = new NodeSettings("model");
        dialog.saveSettingsTo(saved);

        m_model.validateSettings(saved);
        assertEquals(4, saved.getInt(ProblemSettings.CFGKEY_AGENTS));
        assertEquals("4,5", saved.getString(ProblemSettings.CFGKEY_HIDDEN_WIDTHS));
        assertEquals("0.5", saved.getString(ProblemSettings.CFGKEY_WEIGHT_DECAY));
        assertEquals("sensing", saved.getString(ProblemSettings.CFGKEY_OBSERVATION));
        assertEquals(7, saved.getInt(ProblemSettings.CFGKEY_SEED));
    }
}
