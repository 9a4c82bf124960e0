package org.distdmf.knime.problem;

import java.io.File;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Generates a synthetic distributed DMF problem with {@link SyntheticProblemGenerator}. Output 0 is
 * the long problem table, output 1 the per-agent summary.
 */
public final class ProblemGeneratorNodeModel extends NodeModel {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(ProblemGeneratorNodeModel.class);

    private final ProblemGeneratorSettings m_settings = new ProblemGeneratorSettings();

    ProblemGeneratorNodeModel() {
        super(0, 2);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        m_settings.toSpec();
        return ProblemOutputs.specs();
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        SyntheticProblemSpec spec = m_settings.toSpec();
        exec.setProgress(0.0, "Generating a problem with " + spec.agents() + " agents, target " + spec.rows() + " x "
            + spec.columns() + ", depth " + spec.depth());
        exec.checkCanceled();
        // The generator has no progress callback; it is fast next to writing the tables.
        DmfProblem problem = SyntheticProblemGenerator.generate(spec);
        exec.checkCanceled();
        LOGGER.debug("Generated a problem with widths " + java.util.Arrays.toString(problem.widths()));
        return ProblemOutputs.toTables(problem, exec, 0.2);
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
