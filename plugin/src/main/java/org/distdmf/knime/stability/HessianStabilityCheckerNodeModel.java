package org.distdmf.knime.stability;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.stability.SpectralRadius;
import org.distdmf.core.stability.StabilityAnalysis;
import org.distdmf.core.stability.StabilityBounds;
import org.distdmf.core.stability.StabilityReport;
import org.distdmf.core.stability.StabilitySettings;
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
import org.knime.core.node.port.PortType;

/**
 * Checks the learning-rate condition of consensus gradient descent: each agent's sharpness
 * {@code lambda_max(H_i)} and bound {@code eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i)}, the
 * spectral radius {@code rho(J)} of the linearised DGD map at the chosen learning rates and, on
 * request, the critical multiplier {@code c*}. The Hessians are taken at the problem's reference point,
 * or at each agent's own factors when the optional factors table (input 2) is connected.
 */
public final class HessianStabilityCheckerNodeModel extends NodeModel {

    static final String PORT_PROBLEM = "Problem table (input 0)";

    static final String PORT_EDGES = "Edge table (input 1)";

    static final String PORT_FACTORS = "Factors table (input 2)";

    /** Label of the point in the summary when the factors table is connected. */
    static final String TRAINED_POINT = "trained factors";

    private static final NodeLogger LOGGER = NodeLogger.getLogger(HessianStabilityCheckerNodeModel.class);

    private final HessianStabilityCheckerSettings m_settings = new HessianStabilityCheckerSettings();

    HessianStabilityCheckerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        DmfInputs.checkProblemSpec(inSpecs[0], PORT_PROBLEM);
        DmfInputs.checkEdgeSpec(inSpecs[1], PORT_EDGES);
        if (inSpecs[2] != null) {
            DmfInputs.checkFactorsSpec(inSpecs[2], PORT_FACTORS);
        }
        m_settings.toStabilitySettings();
        StabilityReport empty = emptyReport();
        return new DataTableSpec[]{ResultTables.createSpec(empty.agentTable()),
            ResultTables.createSpec(empty.summaryTable())};
    }

    /** Returns a report without agents, whose tables have the output columns. */
    static StabilityReport emptyReport() {
        StabilityBounds bounds =
            new StabilityBounds(Double.NaN, new double[0], new double[0], new double[0], 0, true, new double[0][]);
        SpectralRadius radius = new SpectralRadius(Double.NaN, Double.NaN, Double.NaN, false, 0, null);
        return new StabilityReport("", bounds, new double[0], radius, null, 0);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        StabilitySettings settings = m_settings.toStabilitySettings();
        exec.setMessage("Reading the inputs");
        DmfProblem problem = DmfInputs.readProblem(inData[0], PORT_PROBLEM);
        MixingNetwork network = DmfInputs.readNetwork(inData[1], PORT_EDGES);
        DmfInputs.checkAgentCounts(problem, network);
        LearningRateSettings.checkAgentCount(settings.stepSizes(), problem.agentCount());
        List<Factorization> points;
        String pointLabel;
        if (inData[2] != null) {
            points = DmfInputs.readFactors(inData[2], problem, PORT_FACTORS);
            pointLabel = TRAINED_POINT;
        } else if (problem.referencePoint() != null) {
            points = List.of(problem.referencePoint());
            pointLabel = problem.referenceLabel();
        } else {
            throw new IllegalArgumentException("The problem has no reference point (ground truth or balanced"
                + " factorization), so the Hessians have no point to be evaluated at; connect the final factors"
                + " of a Consensus DMF Trainer to input 2");
        }
        exec.checkCanceled();

        ExecutionContext checkExec = exec.createSubExecutionContext(0.95);
        ExecutionBridge bridge = new ExecutionBridge(checkExec);
        StabilityReport report = bridge.call(() -> StabilityAnalysis.check(problem, network.mixingMatrix(), points,
            pointLabel, settings, bridge.engineProgress()));
        LOGGER.debug(String.format(Locale.ROOT, "rho(J) = %.6f at %s with %d Hessian-vector products",
            report.spectralRadius().value(), pointLabel, report.hessianProducts()));

        setWarningMessage(warning(report));
        return new BufferedDataTable[]{ResultTables.toBufferedDataTable(report.agentTable(), exec),
            ResultTables.toBufferedDataTable(report.summaryTable(), exec)};
    }

    /** Returns the node warning when an eigen-solve missed its tolerance, or {@code null}. */
    static String warning(final StabilityReport report) {
        List<String> parts = new ArrayList<>();
        if (!report.bounds().converged()) {
            parts.add("Some eigen-solves for lambda_max(H_i) stopped before reaching the solver tolerance, so the"
                + " bounds are less accurate; loosen the tolerance.");
        }
        if (!report.spectralRadius().converged()) {
            parts.add("The spectral radius rho(J) did not converge to the solver tolerance; treat it as an"
                + " estimate (column rho_converged).");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
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
