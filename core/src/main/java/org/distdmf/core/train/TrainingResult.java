package org.distdmf.core.train;

import java.util.List;

import org.distdmf.core.problem.Factorization;
import org.distdmf.core.stability.StabilityBounds;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;

/**
 * The outcome of one DGD run: the figures per iteration, the final factors and per-agent facts.
 *
 * @param settings the run's settings
 * @param stepSizes {@code eta_i} per agent
 * @param bounds stability bounds at the reference point (or the start, without one)
 * @param history figures per iteration, ending at the last iteration or where the run diverged
 * @param finalFactors each agent's factors after the last recorded iteration
 * @param divergenceIteration iteration at which the run stopped as diverged, or -1
 * @param divergenceReason why it stopped, or an empty string
 * @param agentDivergenceIteration per agent the first iteration at which it diverged, or -1
 * @param hessianProducts Hessian-vector products used for bounds and sharpness tracking
 */
public record TrainingResult(DgdSettings settings, double[] stepSizes, StabilityBounds bounds,
        List<IterationFigures> history, List<Factorization> finalFactors, int divergenceIteration,
        String divergenceReason, int[] agentDivergenceIteration, long hessianProducts) {

    public boolean diverged() {
        return divergenceIteration >= 0;
    }

    public IterationFigures last() {
        return history.get(history.size() - 1);
    }

    /**
     * Returns the history: {@code iteration, nmse, consensus_error, objective, gradient_norm} and, when
     * sharpness was tracked, {@code sharpness_agent_<i>} (missing at iterations it was not computed).
     */
    public ResultTable historyTable() {
        int n = stepSizes.length;
        boolean tracked = settings.sharpnessInterval() > 0;
        ResultTable.Builder table = ResultTable.builder("history")
                .column("iteration", ColumnType.INTEGER)
                .column("nmse", ColumnType.DOUBLE)
                .column("consensus_error", ColumnType.DOUBLE)
                .column("objective", ColumnType.DOUBLE)
                .column("gradient_norm", ColumnType.DOUBLE);
        if (tracked) {
            for (int i = 0; i < n; i++) {
                table.column("sharpness_agent_" + i, ColumnType.DOUBLE);
            }
        }
        for (IterationFigures figures : history) {
            Object[] row = new Object[5 + (tracked ? n : 0)];
            row[0] = figures.iteration();
            row[1] = missingIfNaN(figures.nmse());
            row[2] = figures.consensusError();
            row[3] = figures.objective();
            row[4] = figures.gradientNorm();
            if (tracked && figures.sharpness() != null) {
                for (int i = 0; i < n; i++) {
                    row[5 + i] = missingIfNaN(figures.sharpness()[i]);
                }
            }
            table.row(row);
        }
        return table.build();
    }

    /** Returns the final factors as {@code agent, layer, row, column, value} with layers numbered from 1. */
    public ResultTable factorsTable() {
        return FactorTables.toTable(finalFactors);
    }

    /**
     * Returns one row per agent: {@code eta}, bound, ratio {@code eta / eta_bar}, sharpness at the
     * bound's point, the stability line {@code (1 + lambda_min(W)) / eta}, and whether and when it diverged.
     */
    public ResultTable agentSummaryTable() {
        ResultTable.Builder table = ResultTable.builder("agent_summary")
                .column("agent", ColumnType.INTEGER)
                .column("eta", ColumnType.DOUBLE)
                .column("eta_bound", ColumnType.DOUBLE)
                .column("ratio", ColumnType.DOUBLE)
                .column("lambda_max", ColumnType.DOUBLE)
                .column("stability_line", ColumnType.DOUBLE)
                .column("status", ColumnType.STRING)
                .column("divergence_iteration", ColumnType.INTEGER);
        for (int i = 0; i < stepSizes.length; i++) {
            String status;
            if (agentDivergenceIteration[i] >= 0) {
                status = "diverged";
            } else if (diverged()) {
                status = "stopped";
            } else {
                status = "finished";
            }
            table.row(i, stepSizes[i], bounds.bounds()[i], stepSizes[i] / bounds.bounds()[i], bounds.sharpness()[i],
                    (1 + bounds.lambdaMinMixing()) / stepSizes[i], status,
                    agentDivergenceIteration[i] >= 0 ? agentDivergenceIteration[i] : null);
        }
        return table.build();
    }

    private static Double missingIfNaN(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
