package org.distdmf.knime.trainer;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.TrainingResult;
import org.distdmf.knime.util.DmfInputs;
import org.distdmf.knime.util.ExecutionBridge;
import org.distdmf.knime.util.LearningRateSettings;
import org.distdmf.knime.util.ResultTables;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Trains a deep matrix factorization with consensus gradient descent (DGD): every agent keeps its own
 * factors, averages them with its neighbours through the mixing matrix V and steps along its local
 * gradient. Input 0 is the long problem table, input 1 the edge table of V. Outputs are the history
 * per iteration, the final factors of every agent and a per-agent summary.
 *
 * <p>The node warns when a learning rate {@code eta_i} is at or above its stability bound
 * {@code (1 + lambda_min(V)) / lambda_max(H_i)} and when the run diverged.
 */
public final class ConsensusDmfTrainerNodeModel extends NodeModel {

    static final String PORT_PROBLEM = "Problem table (input 0)";

    static final String PORT_EDGES = "Edge table (input 1)";

    /** Agents listed by name in the above-bound warning; the rest are counted. */
    static final int MAX_AGENTS_NAMED = 10;

    private static final NodeLogger LOGGER = NodeLogger.getLogger(ConsensusDmfTrainerNodeModel.class);

    private final ConsensusDmfTrainerSettings m_settings = new ConsensusDmfTrainerSettings();

    ConsensusDmfTrainerNodeModel() {
        super(2, 3);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        DmfInputs.checkProblemSpec(inSpecs[0], PORT_PROBLEM);
        DmfInputs.checkEdgeSpec(inSpecs[1], PORT_EDGES);
        DgdSettings settings = m_settings.toDgdSettings();
        TrainingResult empty = emptyResult(settings);
        // With tracking on, the history has one sharpness column per agent, and the agent count is
        // only known once the problem table is read.
        DataTableSpec history = settings.sharpnessInterval() > 0 ? null : ResultTables.createSpec(empty.historyTable());
        return new DataTableSpec[]{history, ResultTables.createSpec(empty.factorsTable()),
            ResultTables.createSpec(empty.agentSummaryTable())};
    }

    /** Returns a result without agents or iterations, whose tables have the output columns and no rows. */
    static TrainingResult emptyResult(final DgdSettings settings) {
        return new TrainingResult(settings, new double[0], null, List.of(), List.of(), -1, "", new int[0], 0L);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        DgdSettings settings = m_settings.toDgdSettings();
        exec.setMessage("Reading the problem and the mixing matrix");
        DmfProblem problem = DmfInputs.readProblem(inData[0], PORT_PROBLEM);
        MixingNetwork network = DmfInputs.readNetwork(inData[1], PORT_EDGES);
        DmfInputs.checkAgentCounts(problem, network);
        LearningRateSettings.checkAgentCount(settings.stepSizes(), problem.agentCount());
        exec.checkCanceled();

        ExecutionContext trainingExec = exec.createSubExecutionContext(0.9);
        ExecutionBridge bridge = new ExecutionBridge(trainingExec);
        TrainingResult result =
            bridge.call(() -> DgdTrainer.train(problem, network.mixingMatrix(), settings, bridge.engineProgress()));
        LOGGER.debug("Trained " + problem.agentCount() + " agents for " + result.last().iteration() + " iterations"
            + (result.diverged() ? ", diverged: " + result.divergenceReason() : ""));

        setWarningMessage(warning(result));
        exec.setMessage("Writing the output tables");
        return new BufferedDataTable[]{ResultTables.toBufferedDataTable(result.historyTable(), exec),
            ResultTables.toBufferedDataTable(result.factorsTable(), exec),
            ResultTables.toBufferedDataTable(result.agentSummaryTable(), exec)};
    }

    /**
     * Returns the node warning for a finished run, or {@code null} when every {@code eta_i} is below its
     * bound and the run did not diverge.
     */
    static String warning(final TrainingResult result) {
        List<String> parts = new ArrayList<>();
        String aboveBound = aboveBoundWarning(result.stepSizes(), result.bounds().bounds());
        if (aboveBound != null) {
            parts.add(aboveBound);
        }
        if (!result.bounds().converged()) {
            parts.add("Some eigen-solves for lambda_max(H_i) stopped before reaching the solver tolerance, so the"
                + " bounds are less accurate; loosen the tolerance or check the per-agent summary.");
        }
        if (result.diverged()) {
            parts.add("The run diverged at iteration " + result.divergenceIteration() + ": "
                + result.divergenceReason() + "; the outputs end at that iteration.");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /**
     * Returns the warning that names each agent with {@code eta_i >= eta_bar_i} and its ratio
     * {@code eta_i / eta_bar_i}, or {@code null} when there is none. The condition
     * {@code eta_i < eta_bar_i} is strict, so a ratio of exactly 1 is reported.
     */
    static String aboveBoundWarning(final double[] stepSizes, final double[] bounds) {
        List<String> named = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < stepSizes.length; i++) {
            double ratio = stepSizes[i] / bounds[i];
            if (ratio >= 1) {
                count++;
                if (named.size() < MAX_AGENTS_NAMED) {
                    named.add(String.format(Locale.ROOT, "agent %d (eta/bound = %.3g)", i, ratio));
                }
            }
        }
        if (count == 0) {
            return null;
        }
        String more = count > named.size() ? " and " + (count - named.size()) + " more" : "";
        return "Learning rate at or above the stability bound (1 + lambda_min(V)) / lambda_max(H_i) for " + count
            + " of " + stepSizes.length + " agents: " + String.join(", ", named) + more + ".";
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
