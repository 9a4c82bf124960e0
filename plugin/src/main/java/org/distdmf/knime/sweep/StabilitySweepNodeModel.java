package org.distdmf.knime.sweep;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.stability.CriticalMultiplier;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.knime.util.DmfInputs;
import org.distdmf.knime.util.ExecutionBridge;
import org.distdmf.knime.util.ImagePorts;
import org.distdmf.knime.util.ResultTables;
import org.jfree.chart.JFreeChart;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Sweeps the learning-rate multiplier {@code c} of {@code eta_i = c * eta_bar_i}: for every {@code c}
 * the spectral radius {@code rho(J)} of the linearised DGD map at the problem's reference point and the
 * outcome of a short training run, so that the local prediction and the observed behaviour sit side by
 * side. Outputs are the table of the sweep and a PNG chart of {@code rho(J)} against {@code c}.
 */
public final class StabilitySweepNodeModel extends NodeModel {

    static final String PORT_PROBLEM = "Problem table (input 0)";

    static final String PORT_EDGES = "Edge table (input 1)";

    private static final NodeLogger LOGGER = NodeLogger.getLogger(StabilitySweepNodeModel.class);

    private final StabilitySweepSettings m_settings = new StabilitySweepSettings();

    StabilitySweepNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DmfInputs.checkProblemSpec((DataTableSpec)inSpecs[0], PORT_PROBLEM);
        DmfInputs.checkEdgeSpec((DataTableSpec)inSpecs[1], PORT_EDGES);
        m_settings.multipliers();
        m_settings.trainingSettings();
        StabilitySweep.Result empty = new StabilitySweep.Result(List.of(), null, Double.NaN);
        return new PortObjectSpec[]{ResultTables.createSpec(empty.toTable()), ImagePorts.pngSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        double[] multipliers = m_settings.multipliers();
        DgdSettings training = m_settings.trainingSettings();
        exec.setMessage("Reading the problem and the mixing matrix");
        DmfProblem problem = DmfInputs.readProblem((BufferedDataTable)inObjects[0], PORT_PROBLEM);
        MixingNetwork network = DmfInputs.readNetwork((BufferedDataTable)inObjects[1], PORT_EDGES);
        DmfInputs.checkAgentCounts(problem, network);
        exec.checkCanceled();

        ExecutionContext sweepExec = exec.createSubExecutionContext(0.9);
        ExecutionBridge bridge = new ExecutionBridge(sweepExec);
        boolean search = m_settings.m_searchCritical.getBooleanValue();
        StabilitySweep.Result result = bridge.call(() -> StabilitySweep.overMultipliers(problem,
            network.mixingMatrix(), multipliers, training, search, bridge.engineProgress()));
        LOGGER.debug("Swept " + multipliers.length + " multipliers over " + problem.agentCount() + " agents");

        exec.setMessage("Drawing the chart");
        byte[] png = ChartFiles.pngBytes(chart(result, problem.referenceLabel()), m_settings.m_imageWidth.getIntValue(),
            m_settings.m_imageHeight.getIntValue());
        setWarningMessage(warning(result));
        return new PortObject[]{ResultTables.toBufferedDataTable(result.toTable(), exec), ImagePorts.png(png)};
    }

    /** Returns the chart of {@code rho(J)} against {@code c}, with {@code c*} marked when it was found. */
    static JFreeChart chart(final StabilitySweep.Result result, final String pointLabel) {
        CriticalMultiplier critical = result.criticalMultiplier();
        double cStar = critical != null && critical.found() ? critical.value() : Double.NaN;
        return SpectralRadiusChart.of("Spectral radius of the linearised DGD map at the " + pointLabel,
            result.multipliers(), result.spectralRadii(), cStar, null);
    }

    /**
     * Returns the node warning when some {@code rho(J)} did not converge or {@code c*} was searched but
     * not found, or {@code null}.
     */
    static String warning(final StabilitySweep.Result result) {
        List<String> parts = new ArrayList<>();
        List<String> unconverged = new ArrayList<>();
        for (StabilitySweep.Point point : result.points()) {
            if (!point.spectralRadiusConverged()) {
                unconverged.add(String.format(Locale.ROOT, "%.4g", point.multiplier()));
            }
        }
        if (!unconverged.isEmpty()) {
            parts.add("rho(J) did not converge to the solver tolerance at c = " + String.join(", ", unconverged)
                + "; treat those values as estimates.");
        }
        CriticalMultiplier critical = result.criticalMultiplier();
        if (critical != null && !critical.found()) {
            parts.add("The critical multiplier c* was not found: " + critical.note() + ".");
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
