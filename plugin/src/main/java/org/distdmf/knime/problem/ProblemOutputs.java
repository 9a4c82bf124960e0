package org.distdmf.knime.problem;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.util.ResultTables;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * The two outputs of every problem node: the long problem table of {@link ProblemTables#toLongTable}
 * and the per-agent summary of {@link ProblemTables#agentSummary}.
 */
public final class ProblemOutputs {

    private ProblemOutputs() {
    }

    /**
     * Returns the specs of the problem table and the agent summary, in port order. The engine has no
     * static layout of the agent summary, so its columns are repeated here. The node tests compare this
     * spec with the executed table.
     */
    public static DataTableSpec[] specs() {
        ResultTable.Builder problem = ResultTable.builder("problem");
        ProblemTables.columnTypes().forEach(problem::column);
        ResultTable.Builder agents = ResultTable.builder("agents")
            .column("agent", ColumnType.INTEGER)
            .column("observation", ColumnType.STRING)
            .column("measurement_rows", ColumnType.INTEGER)
            .column("weight_decay", ColumnType.DOUBLE)
            .column("measurement_norm", ColumnType.DOUBLE)
            .column("observed_fraction", ColumnType.DOUBLE);
        return new DataTableSpec[]{ResultTables.createSpec(problem.build()), ResultTables.createSpec(agents.build())};
    }

    /**
     * Writes the problem's two tables, reporting progress from {@code from} to 1.
     *
     * @throws CanceledExecutionException if the user cancels while the rows are written
     */
    public static BufferedDataTable[] toTables(final DmfProblem problem, final ExecutionContext exec, final double from)
        throws CanceledExecutionException {
        exec.setProgress(from, "Writing the problem table");
        ResultTable problemTable = ProblemTables.toLongTable(problem);
        BufferedDataTable problemOut = ResultTables.toBufferedDataTable(problemTable, exec);
        exec.setProgress(from + 0.9 * (1 - from), "Writing the agent summary");
        BufferedDataTable agentsOut = ResultTables.toBufferedDataTable(ProblemTables.agentSummary(problem), exec);
        exec.setProgress(1.0, "Wrote " + problemTable.rowCount() + " problem rows for " + problem.agentCount()
            + " agents");
        return new BufferedDataTable[]{problemOut, agentsOut};
    }
}
