package org.distdmf.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.distdmf.core.Progress;
import org.distdmf.core.curvature.SharpnessEstimator;
import org.distdmf.core.curvature.SharpnessResult;
import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.stability.StabilityBounds;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The state of one DGD run: every agent's iterate, gradient and loss workspace. {@link DgdTrainer}
 * creates and drives it; benchmarks call {@link #step()} directly.
 */
public final class DgdRun {

    private static final Logger LOG = Logger.getLogger(DgdRun.class.getName());

    private final DmfProblem problem;
    private final DMatrixRMaj combine;
    private final DgdSettings settings;
    private final double[] stepSizes;
    private final SharpnessEstimator estimator;
    private final AgentExecutor executor;
    private final int n;
    private final StabilityBounds bounds;

    private Factorization[] theta;
    private Factorization[] next;
    private final Factorization[] gradient;
    private final LocalLoss[] losses;
    private final double targetSquaredNorm;

    private final double[] agentLoss;
    private final double[] agentNmse;
    private final double[] agentGradientSquared;
    private final double[] agentSharpness;
    private final double[][] sharpnessVectors;
    private final int[] agentProducts;
    private final int[] agentDivergence;

    private final List<IterationFigures> history = new ArrayList<>();
    private int divergenceIteration = -1;
    private String divergenceReason = "";
    private double startObjective = Double.NaN;
    private long hessianProducts;

    DgdRun(DmfProblem problem, DMatrixRMaj combine, DgdSettings settings, double[] stepSizes,
            SharpnessEstimator estimator, AgentExecutor executor, Factorization[] start, StabilityBounds bounds) {
        this.bounds = bounds;
        this.problem = problem;
        this.combine = combine;
        this.settings = settings;
        this.stepSizes = stepSizes;
        this.estimator = estimator;
        this.executor = executor;
        this.n = problem.agentCount();
        this.theta = start;
        this.next = new Factorization[n];
        this.gradient = new Factorization[n];
        this.losses = new LocalLoss[n];
        for (int i = 0; i < n; i++) {
            next[i] = Factorization.zeros(problem.widths());
            gradient[i] = Factorization.zeros(problem.widths());
            losses[i] = new LocalLoss(problem.agent(i), problem.widths());
        }
        double norm = problem.target() == null ? Double.NaN : NormOps_DDRM.normF(problem.target());
        this.targetSquaredNorm = norm * norm;
        agentLoss = new double[n];
        agentNmse = new double[n];
        agentGradientSquared = new double[n];
        agentSharpness = new double[n];
        sharpnessVectors = new double[n][];
        agentProducts = new int[n];
        agentDivergence = new int[n];
        java.util.Arrays.fill(agentDivergence, -1);
    }

    void execute(Progress progress) {
        for (int t = 0; ; t++) {
            progress.checkCancelled();
            boolean trackSharpness = settings.sharpnessInterval() > 0 && t % settings.sharpnessInterval() == 0;
            evaluateAgents(t, trackSharpness);
            IterationFigures figures = collectFigures(t, trackSharpness);
            history.add(figures);

            if (checkDivergence(figures)) {
                LOG.info(String.format("run diverged at iteration %d: %s", t, divergenceReason));
                break;
            }
            if (t == settings.iterations()) {
                break;
            }
            update();
            if (t % 10 == 0 || t + 1 == settings.iterations()) {
                progress.report((t + 1.0) / Math.max(1, settings.iterations()), String.format(
                        "iteration %d of %d: NMSE %.3e, consensus error %.3e", t + 1, settings.iterations(),
                        figures.nmse(), figures.consensusError()));
            }
        }
    }

    private void evaluateAgents(int t, boolean trackSharpness) {
        executor.forEachAgent(n, i -> {
            LocalLoss loss = losses[i];
            agentLoss[i] = loss.evaluate(theta[i]);
            loss.gradient(gradient[i]);
            agentGradientSquared[i] = theta[i].isFinite() ? gradient[i].squaredNorm() : Double.NaN;
            agentNmse[i] = Double.isNaN(targetSquaredNorm) ? Double.NaN
                    : DgdTrainer.squaredDistance(loss.endToEndProduct(), problem.target()) / targetSquaredNorm;
            if (trackSharpness && Double.isFinite(agentLoss[i])) {
                SharpnessResult result = estimator.estimate(loss.hessianOperator(), sharpnessVectors[i],
                        settings.seed() + 104729L * t + i);
                agentSharpness[i] = result.value();
                sharpnessVectors[i] = result.vector();
                agentProducts[i] += result.hessianProducts();
            } else if (trackSharpness) {
                agentSharpness[i] = Double.NaN;
            }
        });
    }

    private IterationFigures collectFigures(int t, boolean trackSharpness) {
        double objective = 0;
        double nmse = 0;
        double gradientSquared = 0;
        for (int i = 0; i < n; i++) {
            objective += agentLoss[i];
            nmse += agentNmse[i];
            gradientSquared += agentGradientSquared[i];
        }
        nmse /= n;
        double consensus = ConsensusError.of(theta);
        return new IterationFigures(t, nmse, consensus, objective, Math.sqrt(gradientSquared),
                trackSharpness ? agentSharpness.clone() : null);
    }

    private boolean checkDivergence(IterationFigures figures) {
        if (figures.iteration() == 0) {
            startObjective = figures.objective();
        }
        double threshold = settings.divergenceThreshold();
        for (int i = 0; i < n; i++) {
            boolean agentDiverged = !Double.isFinite(agentLoss[i])
                    || (!Double.isNaN(targetSquaredNorm) && !(agentNmse[i] <= threshold));
            if (agentDiverged && agentDivergence[i] < 0) {
                agentDivergence[i] = figures.iteration();
            }
        }
        String reason = null;
        if (!Double.isFinite(figures.objective()) || !Double.isFinite(figures.consensusError())) {
            reason = "objective or consensus error is not finite";
        } else if (!Double.isNaN(targetSquaredNorm) && !(figures.nmse() <= threshold)) {
            reason = String.format("NMSE %.3e exceeds the divergence threshold %.3g", figures.nmse(), threshold);
        } else if (Double.isNaN(targetSquaredNorm) && figures.objective() > threshold * startObjective) {
            reason = String.format("objective grew by a factor %.3e, above the divergence threshold %.3g",
                    figures.objective() / startObjective, threshold);
        } else {
            for (int i = 0; i < n && reason == null; i++) {
                if (agentDivergence[i] == figures.iteration()) {
                    reason = "agent " + i + " has NMSE " + agentNmse[i] + " or a non-finite loss";
                }
            }
        }
        if (reason == null) {
            return false;
        }
        divergenceIteration = figures.iteration();
        divergenceReason = reason;
        return true;
    }

    private void update() {
        if (settings.rule() == UpdateRule.ADAPT_THEN_COMBINE) {
            // psi_j = theta_j - eta_j g_j, written over the gradient buffer.
            executor.forEachAgent(n, j -> {
                for (int l = 0; l < theta[j].depth(); l++) {
                    double[] g = gradient[j].layer(l).data;
                    double[] w = theta[j].layer(l).data;
                    int size = theta[j].layer(l).getNumElements();
                    for (int k = 0; k < size; k++) {
                        g[k] = w[k] - stepSizes[j] * g[k];
                    }
                }
            });
            executor.forEachAgent(n, i -> mix(i, gradient, next[i], 0));
        } else {
            executor.forEachAgent(n, i -> mix(i, theta, next[i], stepSizes[i]));
        }
        Factorization[] swap = theta;
        theta = next;
        next = swap;
    }

    /** Writes {@code sum_j W_ij source_j - stepSize * gradient_i} into {@code out}. */
    private void mix(int i, Factorization[] source, Factorization out, double stepSize) {
        for (int l = 0; l < out.depth(); l++) {
            double[] result = out.layer(l).data;
            int size = out.layer(l).getNumElements();
            java.util.Arrays.fill(result, 0, size, 0.0);
            for (int j = 0; j < n; j++) {
                double weight = combine.get(i, j);
                if (weight == 0) {
                    continue;
                }
                double[] neighbour = source[j].layer(l).data;
                for (int k = 0; k < size; k++) {
                    result[k] += weight * neighbour[k];
                }
            }
            if (stepSize != 0) {
                double[] g = gradient[i].layer(l).data;
                for (int k = 0; k < size; k++) {
                    result[k] -= stepSize * g[k];
                }
            }
        }
    }

    /** Returns the figures and final factors so far. */
    public TrainingResult result() {
        for (int i = 0; i < n; i++) {
            hessianProducts += agentProducts[i];
        }
        List<Factorization> finalFactors = new ArrayList<>(n);
        for (Factorization factors : theta) {
            finalFactors.add(factors.copy());
        }
        return new TrainingResult(settings, stepSizes, bounds, List.copyOf(history), finalFactors,
                divergenceIteration, divergenceReason, agentDivergence.clone(),
                hessianProducts + bounds.hessianProducts());
    }

    /** Runs one full iteration without recording figures: every agent's gradient, then the combine step. */
    public void step() {
        evaluateAgents(-1, false);
        update();
    }
}
