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
        try (AgentExecutor executor = new AgentExecutor(settings.threads())) {
            DgdRun run = prepare(problem, mixing, settings, executor, progress.slice(0, 0.05));
            run.execute(progress.slice(0.05, 1));
            return run.result();
        }
    }

    /**
     * Computes the bounds, resolves the learning rates and builds the starting iterates, returning a
     * run that has not taken any step yet. The run uses {@code executor}, which must stay open while
     * the run is used.
     */
    public static DgdRun prepare(DmfProblem problem, DMatrixRMaj mixing, DgdSettings settings, AgentExecutor executor,
            Progress progress) {
        int n = problem.agentCount();
        MixingChecks.requireMixingMatrix(mixing, n);
        MemoryEstimate.checkTraining(n, problem.widths());
        DMatrixRMaj combine = MixingSpectra.combineMatrix(mixing, settings.consensusRounds());
        SharpnessEstimator estimator = new SharpnessEstimator(settings.solverTolerance(), MAX_SHARPNESS_PRODUCTS);

        progress.report(0, "computing stability bounds");
        List<Factorization> boundPoints = boundPoints(problem, settings);
        StabilityBounds bounds = StabilityBounds.compute(problem, combine, boundPoints, estimator, executor,
                settings.seed(), progress);
        double[] stepSizes = settings.stepSizes().resolve(bounds.bounds());
        warnAboveBound(stepSizes, bounds.bounds());

        Factorization[] theta = initialise(problem, settings, bounds, executor);
        return new DgdRun(problem, combine, settings, stepSizes, estimator, executor, theta, bounds);
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

    static double squaredDistance(DMatrixRMaj a, DMatrixRMaj b) {
        double sum = 0;
        int size = a.getNumElements();
        for (int k = 0; k < size; k++) {
            double d = a.data[k] - b.data[k];
            sum += d * d;
        }
        return sum;
    }
}
