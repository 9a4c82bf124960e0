package org.distdmf.knime.problemtable;

import java.io.File;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.MatrixCsv;
import org.distdmf.core.problem.Standardisation;
import org.distdmf.core.problem.TargetProblemBuilder;
import org.distdmf.core.problem.TargetProblemSpec;
import org.distdmf.knime.problem.ProblemOutputs;
import org.distdmf.knime.problem.ProblemSettings;
import org.distdmf.knime.util.NumericColumns;
import org.ejml.data.DMatrixRMaj;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Builds a distributed DMF problem around a target read from a table with {@link TargetProblemBuilder}:
 * the selected numeric columns, rows as rows, or their correlation matrix. Output 0 is the long problem
 * table, output 1 the per-agent summary.
 */
public final class ProblemFromTableNodeModel extends NodeModel {

    private final ProblemFromTableSettings m_settings = new ProblemFromTableSettings();

    ProblemFromTableNodeModel() {
        super(1, 2);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        String[] columns = targetColumns(inSpecs[0]);
        m_settings.check(columns.length);
        return ProblemOutputs.specs();
    }

    /** Returns the included numeric columns and warns about included columns that the input lacks. */
    private String[] targetColumns(final DataTableSpec spec) throws InvalidSettingsException {
        if (NumericColumns.numericColumnNames(spec).length == 0) {
            throw new InvalidSettingsException("The input table has no numeric column; the target matrix is read "
                + "from numeric columns, so convert the values to numbers first");
        }
        FilterResult filter = m_settings.m_targetColumns.applyTo(spec);
        String[] columns = filter.getIncludes();
        NumericColumns.checkNumericColumns(spec, ProblemFromTableSettings.LABEL_TARGET_COLUMNS, columns);
        if (filter.getRemovedFromIncludes().length > 0) {
            setWarningMessage(ProblemFromTableSettings.LABEL_TARGET_COLUMNS + ": the input table no longer has "
                + String.join(", ", filter.getRemovedFromIncludes()) + "; the target uses the other selected columns");
        }
        return columns;
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        BufferedDataTable table = inData[0];
        String[] columns = targetColumns(table.getDataTableSpec());
        if (table.size() == 0) {
            throw new IllegalArgumentException("The input table has no rows, so there is no target matrix");
        }
        exec.setMessage("Reading " + table.size() + " rows of " + columns.length + " columns");
        DMatrixRMaj data = NumericColumns.readMatrix(table, columns, exec.createSubExecutionContext(0.3));
        checkFinite(table, columns, data);

        boolean correlation = m_settings.m_correlation.getBooleanValue();
        DMatrixRMaj target = correlation ? MatrixCsv.correlation(data) : data;
        // Correlations do not change when columns are rescaled, so the choice only applies to the data itself.
        Standardisation standardisation = correlation ? Standardisation.NONE : m_settings.standardisation();
        ProblemSettings problem = m_settings.m_problem;
        int agents = problem.agents();
        int depth = problem.depth();
        TargetProblemSpec spec = new TargetProblemSpec(agents, depth,
            problem.hiddenWidths(target.numRows, target.numCols, depth), standardisation, problem.observations(),
            problem.weightDecay(agents), problem.seed());

        exec.setProgress(0.3, "Building the problem around a " + target.numRows + " x " + target.numCols + " target");
        exec.checkCanceled();
        // The builder has no progress callback; it is fast next to writing the tables.
        DmfProblem built = TargetProblemBuilder.build(target, spec);
        exec.checkCanceled();
        return ProblemOutputs.toTables(built, exec, 0.5);
    }

    /** Rejects NaN and infinite cells, naming the row key and column, because no factorization fits them. */
    private static void checkFinite(final BufferedDataTable table, final String[] columns, final DMatrixRMaj data) {
        for (int r = 0; r < data.numRows; r++) {
            for (int c = 0; c < data.numCols; c++) {
                double value = data.unsafe_get(r, c);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("Row '" + rowKey(table, r) + "', column '" + columns[c]
                        + "' has the non-finite value " + value + "; filter or replace it before this node");
                }
            }
        }
    }

    private static String rowKey(final BufferedDataTable table, final int index) {
        int r = 0;
        for (DataRow row : table) {
            if (r == index) {
                return row.getKey().toString();
            }
            r++;
        }
        return "#" + index;
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
