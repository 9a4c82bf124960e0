package org.distdmf.knime.trainer;

import static org.distdmf.knime.testing.DmfTestTables.assertSameTable;
import static org.distdmf.knime.testing.DmfTestTables.edgeTable;
import static org.distdmf.knime.testing.DmfTestTables.knimeTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.Initialisation;
import org.distdmf.core.train.StepSizeMode;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.TrainingResult;
import org.distdmf.core.train.UpdateRule;
import org.distdmf.knime.testing.CancelingMonitor;
import org.distdmf.knime.testing.DmfTestTables;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.util.LearningRateSettings;
import org.distdmf.knime.util.ResultTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;

/** Runs the Consensus DMF Trainer through configure and execute and compares it with the engine. */
class ConsensusDmfTrainerNodeModelTest {

    private static final int AGENTS = 5;

    private static final DmfProblem PROBLEM = DmfTestTables.problem(AGENTS, 3, 3, 11);

    private static final MixingNetwork NETWORK = DmfTestTables.network(AGENTS, 0.6, 7);

    private final ConsensusDmfTrainerNodeFactory m_factory = new ConsensusDmfTrainerNodeFactory();

    private ConsensusDmfTrainerNodeModel m_model;

    private final List<String> m_warnings = new ArrayList<>();

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
        m_model.addWarningListener(m_warnings::add);
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

    private static DataTableSpec[] inputSpecs() {
        return new DataTableSpec[]{ResultTables.createSpec(ProblemTables.toLongTable(PROBLEM)),
            ResultTables.createSpec(edgeTable(NETWORK))};
    }

    private BufferedDataTable[] inputs(final DmfProblem problem, final MixingNetwork network) throws Exception {
        ExecutionContext exec = TestExecution.createContext(m_factory);
        return new BufferedDataTable[]{knimeTable(ProblemTables.toLongTable(problem), exec),
            knimeTable(edgeTable(network), exec)};
    }

    private BufferedDataTable[] execute() throws Exception {
        m_model.configure(inputSpecs());
        return m_model.execute(inputs(PROBLEM, NETWORK), TestExecution.createContext(m_factory));
    }

    private static TrainingResult engineRun(final DgdSettings settings) {
        return DgdTrainer.train(PROBLEM, NETWORK.mixingMatrix(), settings, Progress.NONE);
    }

    private String lastWarning() {
        return m_warnings.isEmpty() ? null : m_warnings.get(m_warnings.size() - 1);
    }

    @Test
    void configureReturnsOutputSpecs() throws Exception {
        DataTableSpec[] specs = m_model.configure(inputSpecs());

        assertEquals(3, specs.length);
        assertArrayEquals(new String[]{"iteration", "nmse", "consensus_error", "objective", "gradient_norm"},
            specs[0].getColumnNames());
        assertArrayEquals(new String[]{"agent", "layer", "row", "column", "value"}, specs[1].getColumnNames());
        assertArrayEquals(new String[]{"agent", "eta", "eta_bound", "ratio", "lambda_max", "stability_line", "status",
            "divergence_iteration"}, specs[2].getColumnNames());
    }

    @Test
    void historySpecIsUnknownWithSharpnessTracking() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_SHARPNESS_INTERVAL, 5);

        DataTableSpec[] specs = m_model.configure(inputSpecs());

        assertNull(specs[0], "one sharpness column per agent, and the agents are unknown at configure time");
        assertEquals(5, specs[1].getNumColumns());
    }

    @Test
    void defaultsMatchReferenceExperiments() throws Exception {
        DgdSettings actual = new ConsensusDmfTrainerSettings().toDgdSettings();

        DgdSettings reference = DgdSettings.reference(100, 0.9, 0, actual.threads(), 42);
        assertEquals(reference.iterations(), actual.iterations());
        assertEquals(reference.rule(), actual.rule());
        assertEquals(reference.consensusRounds(), actual.consensusRounds());
        assertEquals(reference.stepSizes().mode(), actual.stepSizes().mode());
        assertArrayEquals(reference.stepSizes().values(), actual.stepSizes().values());
        assertEquals(reference.initialisation(), actual.initialisation());
        assertEquals(0, actual.sharpnessInterval(), "tracking off by default");
        assertEquals(reference.divergenceThreshold(), actual.divergenceThreshold());
        assertEquals(reference.solverTolerance(), actual.solverTolerance());
        assertEquals(reference.seed(), actual.seed());
        assertEquals(Math.min(4, Runtime.getRuntime().availableProcessors()), actual.threads(), "default threads");
    }

    @Test
    void choicesAreStoredAsIds() throws Exception {
        NodeSettings saved = settingsWith();

        assertEquals("combine_then_adapt", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE));
        assertEquals("multiple_of_bound", saved.getString(LearningRateSettings.CFGKEY_MODE));
        assertEquals("near_reference", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION));
        assertEquals("top_curvature", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_DIRECTION));
    }

    @Test
    void earlierDialogLabelsLoadAsIds() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE, "Adapt then combine", LearningRateSettings.CFGKEY_MODE,
            "Absolute learning rate", ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION, "Random Gaussian",
            ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_DIRECTION, "Random unit direction");

        NodeSettings saved = settingsWith();

        assertEquals("adapt_then_combine", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE));
        assertEquals("absolute", saved.getString(LearningRateSettings.CFGKEY_MODE));
        assertEquals("random_gaussian", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION));
        assertEquals("random", saved.getString(ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_DIRECTION));
    }

    @Test
    void earlierDialogLabelsRunLikeIds() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 5, ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE,
            "Adapt then combine", LearningRateSettings.CFGKEY_MODE, "Multiple c of the stability bound",
            ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION, "Near the reference point",
            ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_DIRECTION, "Random unit direction",
            ConsensusDmfTrainerSettings.CFGKEY_THREADS, 1);

        BufferedDataTable[] out = execute();

        DgdSettings settings = new DgdSettings(5, UpdateRule.ADAPT_THEN_COMBINE, 1, StepSizes.multipleOfBound(0.9),
            new Initialisation(Initialisation.Kind.NEAR_REFERENCE, 1e-3, Initialisation.Direction.RANDOM, true), 0,
            1e4, 1e-6, 1, 42);
        assertSameTable(engineRun(settings).factorsTable(), out[1]);
    }

    @Test
    void executeMatchesEngineRun() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 40, ConsensusDmfTrainerSettings.CFGKEY_THREADS, 2);

        BufferedDataTable[] out = execute();

        // The engine promises identical numbers for any thread count, so one thread is the reference.
        TrainingResult expected = engineRun(DgdSettings.reference(40, 0.9, 0, 1, 42));
        assertEquals(41, out[0].size(), "iterations 0 to 40");
        assertSameTable(expected.historyTable(), out[0]);
        assertSameTable(expected.factorsTable(), out[1]);
        assertSameTable(expected.agentSummaryTable(), out[2]);
        assertNull(lastWarning(), "c = 0.9 is below every bound and the run does not diverge");
    }

    @Test
    void sharpnessTrackingAddsAgentColumns() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 6, ConsensusDmfTrainerSettings.CFGKEY_SHARPNESS_INTERVAL, 3,
            ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE, "adapt_then_combine",
            ConsensusDmfTrainerSettings.CFGKEY_CONSENSUS_ROUNDS, 2, ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION,
            "random_gaussian", ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_SCALE, 0.5,
            ConsensusDmfTrainerSettings.CFGKEY_IDENTICAL_AGENTS, false, ConsensusDmfTrainerSettings.CFGKEY_SEED, 5);

        BufferedDataTable[] out = execute();

        DgdSettings settings = new DgdSettings(6, UpdateRule.ADAPT_THEN_COMBINE, 2, StepSizes.multipleOfBound(0.9),
            new Initialisation(Initialisation.Kind.RANDOM_GAUSSIAN, 0.5, Initialisation.Direction.TOP_CURVATURE, false),
            3, 1e4, 1e-6, 1, 5);
        TrainingResult expected = engineRun(settings);
        assertEquals(5 + AGENTS, out[0].getDataTableSpec().getNumColumns());
        assertEquals("sharpness_agent_4", out[0].getDataTableSpec().getColumnSpec(9).getName());
        assertSameTable(expected.historyTable(), out[0]);
        assertSameTable(expected.factorsTable(), out[1]);
    }

    @Test
    void negativeDiagonalOfBestConstantIsAccepted() throws Exception {
        CommunicationGraph star =
            GraphFactory.build(GraphSpec.star(AGENTS), ConnectivityPolicy.PATCH_ISOLATED, 1).graph();
        MixingNetwork bestConstant = new MixingNetwork(star, MixingMatrices.bestConstant(star));
        assertTrue(bestConstant.mixingMatrix().get(0, 0) < 0, "the hub's diagonal entry is 1 - 4/3");
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 10);
        m_model.configure(inputSpecs());

        BufferedDataTable[] out =
            m_model.execute(inputs(PROBLEM, bestConstant), TestExecution.createContext(m_factory));

        TrainingResult expected = DgdTrainer.train(PROBLEM, bestConstant.mixingMatrix(),
            DgdSettings.reference(10, 0.9, 0, 1, 42), Progress.NONE);
        assertSameTable(expected.historyTable(), out[0]);
        assertSameTable(expected.agentSummaryTable(), out[2]);
    }

    @Test
    void perAgentRatesAboveBoundWarnNamingAgents() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 3, LearningRateSettings.CFGKEY_VALUE,
            "0.5, 0.9, 1.2, 0.8, 1.0");

        BufferedDataTable[] out = execute();

        TrainingResult expected = engineRun(DgdSettings.reference(3, 0.9, 0, 1, 42)
            .withStepSizes(new StepSizes(StepSizeMode.MULTIPLE_OF_BOUND, new double[]{0.5, 0.9, 1.2, 0.8, 1.0})));
        assertSameTable(expected.agentSummaryTable(), out[2]);
        String warning = lastWarning();
        assertTrue(warning.contains("for 2 of 5 agents"), warning);
        assertTrue(warning.contains("agent 2 (eta/bound = 1.20)"), warning);
        assertTrue(warning.contains("agent 4 (eta/bound = 1.00)"), warning);
        assertTrue(!warning.contains("agent 1 "), warning);
    }

    @Test
    void longAboveBoundListIsShortened() {
        double[] bounds = new double[12];
        double[] stepSizes = new double[12];
        for (int i = 0; i < 12; i++) {
            bounds[i] = 0.1;
            stepSizes[i] = 0.1 * (1.1 + i);
        }
        stepSizes[3] = 0.05;

        String warning = ConsensusDmfTrainerNodeModel.aboveBoundWarning(stepSizes, bounds);

        assertTrue(warning.contains("for 11 of 12 agents: agent 0 (eta/bound = 1.10), agent 1 "), warning);
        assertTrue(!warning.contains("agent 3 "), "agent 3 is below its bound: " + warning);
        assertTrue(warning.contains("agent 10 (eta/bound = 11.1)"), "tenth agent named: " + warning);
        assertTrue(!warning.contains("agent 11 "), "eleventh agent only counted: " + warning);
        assertTrue(warning.endsWith(" and 1 more."), warning);
        assertNull(ConsensusDmfTrainerNodeModel.aboveBoundWarning(new double[]{0.09}, new double[]{0.1}));
    }

    @Test
    void absoluteRateDivergesAndWarnsWithIteration() throws Exception {
        load(LearningRateSettings.CFGKEY_MODE, LearningRateSettings.MODE_ABSOLUTE, LearningRateSettings.CFGKEY_VALUE,
            "5");

        BufferedDataTable[] out = execute();

        TrainingResult expected =
            engineRun(DgdSettings.reference(100, 0.9, 0, 1, 42).withStepSizes(StepSizes.absolute(5)));
        assertTrue(expected.diverged(), "an absolute rate of 5 is far above every bound");
        assertEquals(expected.divergenceIteration() + 1, out[0].size(), "history ends at the divergence");
        assertSameTable(expected.historyTable(), out[0]);
        assertSameTable(expected.agentSummaryTable(), out[2]);
        String warning = lastWarning();
        assertTrue(warning.contains("The run diverged at iteration " + expected.divergenceIteration() + ":"), warning);
        assertTrue(warning.contains("for 5 of 5 agents"), warning);
    }

    @Test
    void missingProblemColumnFailsConfigure() {
        DataTableSpec[] specs = inputSpecs();
        specs[0] = DmfTestTables.withoutColumn(specs[0], "layer");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().startsWith("Problem table (input 0) has no column 'layer'"), e.getMessage());
    }

    @Test
    void mistypedProblemColumnFailsConfigure() {
        DataTableSpec[] specs = inputSpecs();
        specs[0] = DmfTestTables.withColumnType(specs[0], "value", StringCell.TYPE);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().contains("Problem table (input 0): column 'value' has type"), e.getMessage());
        assertTrue(e.getMessage().contains("must be numeric"), e.getMessage());
    }

    @Test
    void missingEdgeColumnFailsConfigure() {
        DataTableSpec[] specs = inputSpecs();
        specs[1] = DmfTestTables.withoutColumn(specs[1], "weight");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().startsWith("Edge table (input 1) has no column 'weight'"), e.getMessage());
    }

    @Test
    void agentCountMismatchFailsExecute() throws Exception {
        m_model.configure(inputSpecs());
        BufferedDataTable[] in = inputs(PROBLEM, DmfTestTables.network(AGENTS + 1, 0.6, 7));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory)));

        assertTrue(e.getMessage().contains("The problem table has 5 agents but the edge table has 6 agents"),
            e.getMessage());
    }

    @Test
    void rateListOfWrongLengthFailsExecute() throws Exception {
        load(LearningRateSettings.CFGKEY_VALUE, "0.5, 0.9, 1.2");
        m_model.configure(inputSpecs());
        BufferedDataTable[] in = inputs(PROBLEM, NETWORK);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory)));

        assertTrue(e.getMessage().contains("lists 3 values but the problem has 5 agents"), e.getMessage());
    }

    @Test
    void rateThatIsNoNumberIsRejected() {
        NodeSettings settings = settingsWith(LearningRateSettings.CFGKEY_VALUE, "0.9, abc");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertTrue(e.getMessage().startsWith(LearningRateSettings.LABEL_VALUE), e.getMessage());
        assertTrue(e.getMessage().contains("item 2 of '0.9, abc' is 'abc', which is not a number"), e.getMessage());
    }

    @Test
    void negativeRateIsRejectedNamingAgent() {
        NodeSettings settings = settingsWith(LearningRateSettings.CFGKEY_VALUE, "0.9, -1");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertTrue(e.getMessage().contains("of agent 1 must be finite and positive but is -1.0"), e.getMessage());
    }

    @Test
    void badNumericSettingsAreRejectedNamingThem() {
        Object[][] cases = {
            {ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, -1, "Iterations is -1"},
            {ConsensusDmfTrainerSettings.CFGKEY_CONSENSUS_ROUNDS, 0, "Consensus rounds per iteration is 0"},
            {ConsensusDmfTrainerSettings.CFGKEY_SOLVER_TOLERANCE, 1.5, "Eigen-solver tolerance is 1.5"},
            {ConsensusDmfTrainerSettings.CFGKEY_DIVERGENCE_THRESHOLD, 0.0, "Divergence threshold is 0.0"},
            {ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_SCALE, -0.1, "Start radius r or Gaussian scale is -0.1"},
            {ConsensusDmfTrainerSettings.CFGKEY_THREADS, 0, "Threads is 0"},
            {ConsensusDmfTrainerSettings.CFGKEY_SHARPNESS_INTERVAL, -2, "every n iterations (0 = off) is -2"},
            {ConsensusDmfTrainerSettings.CFGKEY_UPDATE_RULE, "Gossip",
                "Update rule is 'Gossip' but must be one of: combine_then_adapt, adapt_then_combine"},
            {LearningRateSettings.CFGKEY_MODE, "Adaptive",
                "Learning-rate mode is 'Adaptive' but must be one of: multiple_of_bound, absolute"},
            {ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION, "Near the reference",
                "Start is 'Near the reference' but must be one of: near_reference, random_gaussian"},
            {ConsensusDmfTrainerSettings.CFGKEY_INITIALISATION_DIRECTION, "TOP_CURVATURE",
                "Direction from the reference point is 'TOP_CURVATURE' but must be one of: top_curvature, random"},
        };
        for (Object[] badCase : cases) {
            NodeSettings settings = settingsWith(badCase[0], badCase[1]);

            InvalidSettingsException e =
                assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings), badCase[2].toString());

            assertTrue(e.getMessage().contains(badCase[2].toString()), e.getMessage());
        }
    }

    @Test
    void multipleOfBoundWithoutReferencePointFails() throws Exception {
        m_model.configure(inputSpecs());
        ExecutionContext exec = TestExecution.createContext(m_factory);
        BufferedDataTable problem = knimeTable(DmfTestTables.filterRows(ProblemTables.toLongTable(PROBLEM),
            row -> !"ground_truth".equals(row[0])), exec);
        BufferedDataTable[] in = {problem, knimeTable(edgeTable(NETWORK), exec)};

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m_model.execute(in, exec));

        assertTrue(e.getMessage().contains("need a reference point"), e.getMessage());
    }

    @Test
    void cancelBeforeExecuteRaisesCanceledExecution() throws Exception {
        m_model.configure(inputSpecs());
        BufferedDataTable[] in = inputs(PROBLEM, NETWORK);
        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();

        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void cancelDuringTrainingStopsRun() throws Exception {
        load(ConsensusDmfTrainerSettings.CFGKEY_ITERATIONS, 2000);
        m_model.configure(inputSpecs());
        BufferedDataTable[] in = inputs(PROBLEM, NETWORK);
        CancelingMonitor monitor = new CancelingMonitor(0.2);

        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory, monitor)));

        assertTrue(monitor.getProgress() < 0.3, "stopped soon after the cancel at progress " + monitor.getProgress());
    }
}
