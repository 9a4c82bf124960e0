package org.distdmf.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import org.distdmf.core.Progress;
import org.distdmf.core.curvature.SharpnessEstimator;
import org.distdmf.core.curvature.SharpnessResult;
import org.distdmf.core.linalg.LinearOperator;
import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.problem.MemoryEstimate;
import org.distdmf.core.stability.MixingSpectra;
import org.distdmf.core.stability.StabilityBounds;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Decentralized gradient descent (DGD) with weight decay: every agent keeps its own copy of all
 * factors, mixes with its neighbours through the combine matrix {@code W = V^T} and steps along its
 * local gradient.
 *
 * <p>Agents run in parallel; each task writes only its agent's buffers and every sum over agents runs
 * in agent order afterwards, so the numbers are bit-identical for any thread count.
 */
public final class DgdTrainer {

    private static final Logger LOG = Logger.getLogger(DgdTrainer.class.getName());

    /** Hessian-vector products one sharpness estimate may use. */
    static final int MAX_SHARPNESS_PRODUCTS = 300;

    private DgdTrainer() {
    }

    /**
     * Runs DGD on {@code problem} with mixing matrix {@code mixing}.
     *
     * @throws IllegalArgumentException when the mixing matrix does not match the agent count, or the
     *     learning rates are multiples of the bound but the problem has no reference point
     */
    public static TrainingResult train(DmfProblem problem, DMatrixRMaj mixing, DgdSettings settings, Progress progress) {
        int n = problem.agentCount();
        MixingChecks.requireMixingMatrix(mixing, n);
        MemoryEstimate.checkTraining(n, problem.widths());
        DMatrixRMaj combine = MixingSpectra.combineMatrix(mixing, settings.consensusRounds());
        SharpnessEstimator estimator = new SharpnessEstimator(settings.solverTolerance(), MAX_SHARPNESS_PRODUCTS);

        try (AgentExecutor executor = new AgentExecutor(settings.threads())) {
            progress.report(0, "computing stability bounds");
            List<Factorization> boundPoints = boundPoints(problem, settings);
            StabilityBounds bounds = StabilityBounds.compute(problem, combine, boundPoints, estimator, executor,
                    settings.seed(), progress.slice(0, 0.05));
            double[] stepSizes = settings.stepSizes().resolve(bounds.bounds());
            warnAboveBound(stepSizes, bounds.bounds());

            Factorization[] theta = initialise(problem, settings, bounds, executor);
            Run run = new Run(problem, combine, settings, stepSizes, estimator, executor, theta);
            run.execute(progress.slice(0.05, 1));
            return run.result(bounds);
        }
    }

    private static List<Factorization> boundPoints(DmfProblem problem, DgdSettings settings) {
        if (problem.referencePoint() != null) {
            return List.of(problem.referencePoint());
        }
        if (settings.stepSizes().mode() == StepSizeMode.MULTIPLE_OF_BOUND) {
            throw new IllegalArgumentException("learning rates given as multiples of the stability bound need a reference "
                    + "point (ground truth or a balanced factorization of the target), and this problem has none; "
                    + "give absolute learning rates instead");
        }
        return List.of(Factorization.zeros(problem.widths()));
    }

    private static void warnAboveBound(double[] stepSizes, double[] bounds) {
        for (int i = 0; i < stepSizes.length; i++) {
            if (stepSizes[i] >= bounds[i]) {
                LOG.warning(String.format("agent %d: learning rate %.4g is %.3g times its stability bound %.4g",
                        i, stepSizes[i], stepSizes[i] / bounds[i], bounds[i]));
            }
        }
    }

    /** Builds the starting iterates; random draws come from the run's seed in agent order. */
    static Factorization[] initialise(DmfProblem problem, DgdSettings settings, StabilityBounds bounds,
            AgentExecutor executor) {
        int n = problem.agentCount();
        Initialisation init = settings.initialisation();
        Random random = new Random(settings.seed());
        Factorization[] theta = new Factorization[n];

        if (init.kind() == Initialisation.Kind.RANDOM_GAUSSIAN) {
            for (int i = 0; i < n; i++) {
                if (i > 0 && init.identicalAgents()) {
                    theta[i] = theta[0].copy();
                    continue;
                }
                theta[i] = Factorization.zeros(problem.widths());
                for (int l = 0; l < theta[i].depth(); l++) {
                    DMatrixRMaj layer = theta[i].layer(l);
                    double scale = init.scale() / Math.sqrt(layer.numCols);
                    for (int k = 0; k < layer.getNumElements(); k++) {
                        layer.data[k] = scale * random.nextGaussian();
                    }
                }
            }
            return theta;
        }

        if (problem.referencePoint() == null) {
            throw new IllegalArgumentException("a start near the reference point needs a reference point, and this problem "
                    + "has none; use a random Gaussian start");
        }
        int parameters = problem.parameterCount();
        double[][] directions = new double[n][];
        if (init.direction() == Initialisation.Direction.TOP_CURVATURE) {
            if (init.identicalAgents()) {
                double[] common = meanHessianTopVector(problem, settings, executor);
                java.util.Arrays.fill(directions, common);
            } else {
                for (int i = 0; i < n; i++) {
                    directions[i] = bounds.vectors()[i];
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0 && init.identicalAgents()) {
                    directions[i] = directions[0];
                    continue;
                }
                double[] direction = new double[parameters];
                double norm = 0;
                for (int k = 0; k < parameters; k++) {
                    direction[k] = random.nextGaussian();
                    norm += direction[k] * direction[k];
                }
                norm = Math.sqrt(norm);
                for (int k = 0; k < parameters; k++) {
                    direction[k] /= norm;
                }
                directions[i] = direction;
            }
        }

        double[] flat = new double[parameters];
        for (int i = 0; i < n; i++) {
            problem.referencePoint().copyTo(flat);
            for (int k = 0; k < parameters; k++) {
                flat[k] += init.scale() * directions[i][k];
            }
            theta[i] = Factorization.zeros(problem.widths());
            theta[i].copyFrom(flat);
        }
        return theta;
    }

    /** Top eigenvector of {@code (1/n) sum_i H_i} at the reference point. */
    private static double[] meanHessianTopVector(DmfProblem problem, DgdSettings settings, AgentExecutor executor) {
        int n = problem.agentCount();
        LocalLoss[] losses = new LocalLoss[n];
        for (int i = 0; i < n; i++) {
            losses[i] = new LocalLoss(problem.agent(i), problem.widths());
            losses[i].evaluate(problem.referencePoint());
        }
        int parameters = problem.parameterCount();
        double[][] partial = new double[n][parameters];
        LinearOperator mean = new LinearOperator() {
            @Override
            public int dimension() {
                return parameters;
            }

            @Override
            public void apply(double[] x, double[] y) {
                executor.forEachAgent(n, i -> losses[i].hessianVectorProduct(x, partial[i]));
                java.util.Arrays.fill(y, 0);
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < parameters; k++) {
                        y[k] += partial[i][k] / n;
                    }
                }
            }
        };
        SharpnessEstimator estimator = new SharpnessEstimator(settings.solverTolerance(), MAX_SHARPNESS_PRODUCTS);
        SharpnessResult result = estimator.estimate(mean, null, settings.seed());
        return result.vector();
    }

    /** The state of one run. */
    private static final class Run {
        private final DmfProblem problem;
        private final DMatrixRMaj combine;
        private final DgdSettings settings;
        private final double[] stepSizes;
        private final SharpnessEstimator estimator;
        private final AgentExecutor executor;
        private final int n;

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

        Run(DmfProblem problem, DMatrixRMaj combine, DgdSettings settings, double[] stepSizes,
                SharpnessEstimator estimator, AgentExecutor executor, Factorization[] start) {
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
                        : squaredDistance(loss.endToEndProduct(), problem.target()) / targetSquaredNorm;
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

        TrainingResult result(StabilityBounds bounds) {
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
    }

    private static double squaredDistance(DMatrixRMaj a, DMatrixRMaj b) {
        double sum = 0;
        int size = a.getNumElements();
        for (int k = 0; k < size; k++) {
            double d = a.data[k] - b.data[k];
            sum += d * d;
        }
        return sum;
    }
}
