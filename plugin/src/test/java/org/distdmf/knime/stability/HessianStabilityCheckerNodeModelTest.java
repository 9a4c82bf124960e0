package org.distdmf.knime.stability;

import static org.distdmf.knime.testing.DmfTestTables.assertSameTable;
import static org.distdmf.knime.testing.DmfTestTables.edgeTable;
import static org.distdmf.knime.testing.DmfTestTables.knimeTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.stability.StabilityAnalysis;
import org.distdmf.core.stability.StabilityReport;
import org.distdmf.core.stability.StabilitySettings;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
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
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;

/** Runs the Hessian Stability Checker through configure and execute and compares it with the engine. */
class HessianStabilityCheckerNodeModelTest {

    private static final int AGENTS = 4;

    private static final DmfProblem PROBLEM = DmfTestTables.problem(AGENTS, 3, 3, 23);

    private static final MixingNetwork NETWORK = DmfTestTables.network(AGENTS, 0.7, 3);

    private final HessianStabilityCheckerNodeFactory m_factory = new HessianStabilityCheckerNodeFactory();

    private HessianStabilityCheckerNodeModel m_model;

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

    private static ResultTable trainedFactors() {
        TrainingResult run = DgdTrainer.train(PROBLEM, NETWORK.mixingMatrix(), DgdSettings.reference(15, 0.9, 0, 1, 8),
            Progress.NONE);
        return run.factorsTable();
    }

    private static DataTableSpec[] inputSpecs(final ResultTable factors) {
        return new DataTableSpec[]{ResultTables.createSpec(ProblemTables.toLongTable(PROBLEM)),
            ResultTables.createSpec(edgeTable(NETWORK)), factors == null ? null : ResultTables.createSpec(factors)};
    }

    private BufferedDataTable[] execute(final ResultTable problem, final ResultTable factors) throws Exception {
        m_model.configure(inputSpecs(factors));
        ExecutionContext exec = TestExecution.createContext(m_factory);
        BufferedDataTable[] in = {knimeTable(problem, exec), knimeTable(edgeTable(NETWORK), exec),
            factors == null ? null : knimeTable(factors, exec)};
        return m_model.execute(in, exec);
    }

    private static StabilitySettings defaults(final StepSizes stepSizes) {
        return new StabilitySettings(stepSizes, UpdateRule.COMBINE_THEN_ADAPT, 1, 1e-8, true, 64, 1e-3, 1, 42);
    }

    @Test
    void configureReturnsOutputSpecs() throws Exception {
        DataTableSpec[] specs = m_model.configure(inputSpecs(null));

        assertEquals(2, specs.length);
        assertArrayEquals(new String[]{"agent", "lambda_max", "lambda_max_reference_convention", "eta_bound", "eta",
            "ratio", "stability_line", "verdict"}, specs[0].getColumnNames());
        assertArrayEquals(new String[]{"lambda_min_V", "rho_J", "rho_dominant_real", "rho_dominant_imaginary",
            "rho_converged", "locally_stable", "critical_multiplier", "critical_lower", "critical_upper",
            "hessian_vector_products", "point", "note"}, specs[1].getColumnNames());
        assertEquals(specs[0], m_model.configure(inputSpecs(trainedFactors()))[0], "same columns with factors");
    }

    @Test
    void checkAtReferencePointMatchesEngine() throws Exception {
        load(HessianStabilityCheckerSettings.CFGKEY_THREADS, 2);

        BufferedDataTable[] out = execute(ProblemTables.toLongTable(PROBLEM), null);

        StabilityReport expected = StabilityAnalysis.check(PROBLEM, NETWORK.mixingMatrix(),
            List.of(PROBLEM.referencePoint()), PROBLEM.referenceLabel(), defaults(StepSizes.multipleOfBound(0.9)),
            Progress.NONE);
        assertEquals(AGENTS, out[0].size());
        assertSameTable(expected.agentTable(), out[0]);
        assertSameTable(expected.summaryTable(), out[1]);
        assertTrue(expected.criticalMultiplier().found(), expected.criticalMultiplier().note());
        ResultTable summary = ResultTables.fromDataTable("summary", out[1]);
        assertEquals("ground truth", summary.cell(0, summary.requireColumn("point")));
    }

    @Test
    void choicesAreStoredAsIds() throws Exception {
        NodeSettings saved = settingsWith();

        assertEquals("multiple_of_bound", saved.getString(LearningRateSettings.CFGKEY_MODE));
        assertEquals("combine_then_adapt", saved.getString(HessianStabilityCheckerSettings.CFGKEY_UPDATE_RULE));
    }

    @Test
    void oldLabelsLoadAsIds() throws Exception {
        load(LearningRateSettings.CFGKEY_MODE, "Multiple c of the stability bound",
            HessianStabilityCheckerSettings.CFGKEY_UPDATE_RULE, "Adapt then combine",
            HessianStabilityCheckerSettings.CFGKEY_SEARCH_CRITICAL, false);

        NodeSettings saved = settingsWith();
        BufferedDataTable[] out = execute(ProblemTables.toLongTable(PROBLEM), null);

        assertEquals("multiple_of_bound", saved.getString(LearningRateSettings.CFGKEY_MODE));
        assertEquals("adapt_then_combine", saved.getString(HessianStabilityCheckerSettings.CFGKEY_UPDATE_RULE));
        StabilitySettings settings = new StabilitySettings(StepSizes.multipleOfBound(0.9),
            UpdateRule.ADAPT_THEN_COMBINE, 1, 1e-8, false, 64, 1e-3, 1, 42);
        StabilityReport expected = StabilityAnalysis.check(PROBLEM, NETWORK.mixingMatrix(),
            List.of(PROBLEM.referencePoint()), PROBLEM.referenceLabel(), settings, Progress.NONE);
        assertSameTable(expected.agentTable(), out[0]);
        assertSameTable(expected.summaryTable(), out[1]);
    }

    @Test
    void checkAtTrainedFactorsMatchesEngine() throws Exception {
        ResultTable factors = trainedFactors();
        load(LearningRateSettings.CFGKEY_MODE, LearningRateSettings.MODE_ABSOLUTE, LearningRateSettings.CFGKEY_VALUE,
            "0.01, 0.02, 0.01, 0.03", HessianStabilityCheckerSettings.CFGKEY_SEARCH_CRITICAL, false);

        BufferedDataTable[] out = execute(ProblemTables.toLongTable(PROBLEM), factors);

        TrainingResult run = DgdTrainer.train(PROBLEM, NETWORK.mixingMatrix(), DgdSettings.reference(15, 0.9, 0, 1, 8),
            Progress.NONE);
        StabilitySettings settings = new StabilitySettings(
            new StepSizes(StepSizeMode.ABSOLUTE, new double[]{0.01, 0.02, 0.01, 0.03}),
            UpdateRule.COMBINE_THEN_ADAPT, 1, 1e-8, false, 64, 1e-3, 1, 42);
        StabilityReport expected = StabilityAnalysis.check(PROBLEM, NETWORK.mixingMatrix(), run.finalFactors(),
            HessianStabilityCheckerNodeModel.TRAINED_POINT, settings, Progress.NONE);
        assertSameTable(expected.agentTable(), out[0]);
        assertSameTable(expected.summaryTable(), out[1]);
        ResultTable summary = ResultTables.fromDataTable("summary", out[1]);
        assertNull(summary.cell(0, summary.requireColumn("critical_multiplier")), "c* not searched");
        assertEquals("critical multiplier not searched", summary.cell(0, summary.requireColumn("note")));
        assertEquals("trained factors", summary.cell(0, summary.requireColumn("point")));
        ResultTable agents = ResultTables.fromDataTable("agents", out[0]);
        assertEquals(0.03, agents.doubleCell(3, agents.requireColumn("eta")), "absolute rate of agent 3");
    }

    @Test
    void trainedPointDiffersFromReference() throws Exception {
        BufferedDataTable[] atReference = execute(ProblemTables.toLongTable(PROBLEM), null);
        BufferedDataTable[] atTrained = execute(ProblemTables.toLongTable(PROBLEM), trainedFactors());

        double reference = ResultTables.fromDataTable("a", atReference[0]).doubleCell(0, 1);
        double trained = ResultTables.fromDataTable("b", atTrained[0]).doubleCell(0, 1);
        assertTrue(reference != trained, "lambda_max of agent 0 is taken at another point: " + reference);
    }

    @Test
    void missingFactorsColumnFailsConfigure() {
        DataTableSpec[] specs = inputSpecs(trainedFactors());
        specs[2] = DmfTestTables.withoutColumn(specs[2], "value");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().startsWith("Factors table (input 2) has no column 'value'"), e.getMessage());
    }

    @Test
    void missingEdgeColumnFailsConfigure() {
        DataTableSpec[] specs = inputSpecs(null);
        specs[1] = DmfTestTables.withoutColumn(specs[1], "source");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.configure(specs));

        assertTrue(e.getMessage().startsWith("Edge table (input 1) has no column 'source'"), e.getMessage());
    }

    @Test
    void factorsOfAnotherShapeFailExecute() {
        DmfProblem other = DmfTestTables.problem(AGENTS, 4, 2, 23);
        ResultTable factors = DgdTrainer.train(other, NETWORK.mixingMatrix(), DgdSettings.reference(1, 0.9, 0, 1, 8),
            Progress.NONE).factorsTable();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> execute(ProblemTables.toLongTable(PROBLEM), factors));

        assertTrue(e.getMessage().startsWith("Factors table (input 2): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("the factors must come from a run on the same problem"), e.getMessage());
    }

    @Test
    void problemWithoutReferencePointNeedsFactors() {
        ResultTable withoutTruth = DmfTestTables.filterRows(ProblemTables.toLongTable(PROBLEM),
            row -> !"ground_truth".equals(row[0]));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> execute(withoutTruth, null));

        assertTrue(e.getMessage().contains("The problem has no reference point"), e.getMessage());
        assertTrue(e.getMessage().contains("connect the final factors"), e.getMessage());
    }

    @Test
    void agentCountMismatchFailsExecute() throws Exception {
        m_model.configure(inputSpecs(null));
        ExecutionContext exec = TestExecution.createContext(m_factory);
        BufferedDataTable[] in = {knimeTable(ProblemTables.toLongTable(PROBLEM), exec),
            knimeTable(edgeTable(DmfTestTables.network(3, 1.0, 3)), exec), null};

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m_model.execute(in, exec));

        assertTrue(e.getMessage().contains("The problem table has 4 agents but the edge table has 3 agents"),
            e.getMessage());
    }

    @Test
    void badSettingsAreRejectedNamingThem() {
        Object[][] cases = {
            {HessianStabilityCheckerSettings.CFGKEY_MAX_MULTIPLIER, 1.0, "Largest multiplier searched is 1.0"},
            {HessianStabilityCheckerSettings.CFGKEY_BISECTION_TOLERANCE, 0.0, "Bisection tolerance (relative) is 0.0"},
            {HessianStabilityCheckerSettings.CFGKEY_SOLVER_TOLERANCE, 1.0, "Eigen-solver tolerance is 1.0"},
            {HessianStabilityCheckerSettings.CFGKEY_CONSENSUS_ROUNDS, 0, "Consensus rounds per iteration is 0"},
            {HessianStabilityCheckerSettings.CFGKEY_THREADS, 300, "Threads is 300"},
            {LearningRateSettings.CFGKEY_VALUE, "", "is empty"},
            {HessianStabilityCheckerSettings.CFGKEY_UPDATE_RULE, "Gossip",
                "Update rule is 'Gossip' but must be one of: combine_then_adapt, adapt_then_combine"},
            {LearningRateSettings.CFGKEY_MODE, "Absolute",
                "Learning-rate mode is 'Absolute' but must be one of: multiple_of_bound, absolute"},
        };
        for (Object[] badCase : cases) {
            NodeSettings settings = settingsWith(badCase[0], badCase[1]);

            InvalidSettingsException e =
                assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings), badCase[2].toString());

            assertTrue(e.getMessage().contains(badCase[2].toString()), e.getMessage());
        }
    }

    @Test
    void cancelRaisesCanceledExecution() throws Exception {
        m_model.configure(inputSpecs(null));
        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        ExecutionContext exec = TestExecution.createContext(m_factory, canceled);
        ExecutionContext setup = TestExecution.createContext(m_factory);
        BufferedDataTable[] in = {knimeTable(ProblemTables.toLongTable(PROBLEM), setup),
            knimeTable(edgeTable(NETWORK), setup), null};

        assertThrows(CanceledExecutionException.class, () -> m_model.execute(in, exec));
    }

    @Test
    void cancelDuringSharpnessSolvesStopsCheck() throws Exception {
        load(HessianStabilityCheckerSettings.CFGKEY_THREADS, 1);
        m_model.configure(inputSpecs(null));
        ExecutionContext setup = TestExecution.createContext(m_factory);
        BufferedDataTable[] in = {knimeTable(ProblemTables.toLongTable(PROBLEM), setup),
            knimeTable(edgeTable(NETWORK), setup), null};
        CancelingMonitor monitor = new CancelingMonitor(0.05);

        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(in, TestExecution.createContext(m_factory, monitor)));

        assertTrue(monitor.getProgress() < 0.2, "stopped among the sharpness solves at " + monitor.getProgress());
    }
}
