package org.distdmf.core.stability;

import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.curvature.SharpnessEstimator;
import org.distdmf.core.curvature.SharpnessResult;
import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;

/**
 * Per-agent learning-rate bounds {@code eta_bar_i = (1 + lambda_min(W)) / lambda_max(H_i)}, where
 * {@code W} is the matrix of one combine step ({@code V} itself, or {@code V^T} for {@code T}
 * consensus rounds) and {@code H_i} the local Hessian at a point.
 *
 * @param lambdaMinMixing {@code lambda_min(W)}
 * @param sharpness {@code lambda_max(H_i)} per agent
 * @param bounds {@code eta_bar_i} per agent
 * @param referenceSharpness the value the reference experiments use instead, {@code lambda_max} of the
 *     Gauss-Newton part plus {@code tau_i} rather than {@code 2 tau_i}; NaN where not computed
 * @param hessianProducts Hessian-vector products used in total
 * @param converged whether every eigen-solve reached its tolerance
 * @param vectors top eigenvector of each {@code H_i}, flat layout
 */
public record StabilityBounds(double lambdaMinMixing, double[] sharpness, double[] bounds, double[] referenceSharpness,
        int hessianProducts, boolean converged, double[][] vectors) {

    /**
     * Computes the bounds with every agent at its own point ({@code points.get(i)}), or all at one point
     * when the list has a single entry.
     */
    public static StabilityBounds compute(DmfProblem problem, DMatrixRMaj combineMatrix, List<Factorization> points,
            SharpnessEstimator estimator, AgentExecutor executor, long seed, Progress progress) {
        int n = problem.agentCount();
        if (combineMatrix.numRows != n || combineMatrix.numCols != n) {
            throw new IllegalArgumentException("mixing matrix is " + combineMatrix.numRows + " x " + combineMatrix.numCols
                    + " but the problem has " + n + " agents");
        }
        if (points.size() != 1 && points.size() != n) {
            throw new IllegalArgumentException("stability bounds need one point or one per agent but got " + points.size());
        }
        double lambdaMin = MixingSpectra.lambdaMin(combineMatrix);

        double[] sharpness = new double[n];
        double[] bounds = new double[n];
        double[] reference = new double[n];
        int[] products = new int[n];
        boolean[] converged = new boolean[n];
        double[][] vectors = new double[n][];
        int[] done = new int[1];
        executor.forEachAgent(n, i -> {
            progress.checkCancelled();
            Factorization point = points.size() == 1 ? points.get(0) : points.get(i);
            LocalLoss loss = new LocalLoss(problem.agent(i), problem.widths());
            loss.evaluate(point);
            SharpnessResult result = estimator.estimate(loss.hessianOperator(), null, seed + 7919L * i);
            sharpness[i] = result.value();
            products[i] = result.hessianProducts();
            converged[i] = result.converged();
            vectors[i] = result.vector();
            bounds[i] = (1 + lambdaMin) / result.value();
            reference[i] = result.value() - problem.agent(i).weightDecay();
            synchronized (done) {
                done[0]++;
                progress.report((double) done[0] / n, String.format("local sharpness: %d of %d agents done", done[0], n));
            }
        });

        int total = 0;
        boolean all = true;
        for (int i = 0; i < n; i++) {
            total += products[i];
            all &= converged[i];
        }
        return new StabilityBounds(lambdaMin, sharpness, bounds, reference, total, all, vectors);
    }

    /** Returns the number of agents. */
    public int agentCount() {
        return bounds.length;
    }

    /**
     * Returns one row per agent: {@code lambda_max}, the reference experiments' value, the bound, and
     * for given step sizes the chosen {@code eta_i}, the ratio {@code eta_i / eta_bar_i} and the verdict.
     */
    public ResultTable toTable(double[] stepSizes) {
        ResultTable.Builder table = ResultTable.builder("stability_per_agent")
                .column("agent", ColumnType.INTEGER)
                .column("lambda_max", ColumnType.DOUBLE)
                .column("lambda_max_reference_convention", ColumnType.DOUBLE)
                .column("eta_bound", ColumnType.DOUBLE)
                .column("eta", ColumnType.DOUBLE)
                .column("ratio", ColumnType.DOUBLE)
                .column("stability_line", ColumnType.DOUBLE)
                .column("verdict", ColumnType.STRING);
        for (int i = 0; i < bounds.length; i++) {
            double eta = stepSizes[i];
            double ratio = eta / bounds[i];
            table.row(i, sharpness[i], referenceSharpness[i], bounds[i], eta, ratio, (1 + lambdaMinMixing) / eta,
                    verdict(ratio));
        }
        return table.build();
    }

    /** Names where {@code eta / eta_bar} lies; ratios within 1e-12 of 1 count as at the bound. */
    static String verdict(double ratio) {
        if (Math.abs(ratio - 1) <= 1e-12) {
            return "at bound";
        }
        return ratio < 1 ? "below bound" : "above bound";
    }
}
