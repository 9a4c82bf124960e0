package org.distdmf.core.stability;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.curvature.SharpnessEstimator;
import org.distdmf.core.linalg.LinearOperator;
import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.train.MixingChecks;
import org.distdmf.core.train.UpdateRule;
import org.ejml.data.DMatrixRMaj;

/**
 * The local Hessians and bounds of every agent at a point, kept so that the spectral radius of the
 * linearised DGD map can be evaluated for many learning rates without recomputing them.
 */
public final class DgdLinearisation {

    private final DMatrixRMaj combine;
    private final StabilityBounds bounds;
    private final List<LinearOperator> hessians;
    private final UpdateRule rule;
    private final AgentExecutor executor;
    private final double tolerance;
    private final long seed;
    private double[] warmStart;
    private final double[][] symmetricWarmStarts = new double[2][];
    private long mapApplications;

    private DgdLinearisation(DMatrixRMaj combine, StabilityBounds bounds, List<LinearOperator> hessians, UpdateRule rule,
            AgentExecutor executor, double tolerance, long seed) {
        this.combine = combine;
        this.bounds = bounds;
        this.hessians = hessians;
        this.rule = rule;
        this.executor = executor;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /**
     * Evaluates every agent's Hessian at its point (or all at one point) and computes the bounds.
     *
     * @param combine the combine matrix {@code W} ({@code V^T} for {@code T} rounds)
     */
    public static DgdLinearisation at(DmfProblem problem, DMatrixRMaj combine, List<Factorization> points, UpdateRule rule,
            AgentExecutor executor, double tolerance, long seed, Progress progress) {
        int n = problem.agentCount();
        MixingChecks.requireMixingMatrix(combine, n);
        for (Factorization point : points) {
            if (!java.util.Arrays.equals(point.widths(), problem.widths())) {
                throw new IllegalArgumentException("factors have widths " + java.util.Arrays.toString(point.widths())
                        + " but the problem has widths " + java.util.Arrays.toString(problem.widths()));
            }
        }
        SharpnessEstimator estimator = new SharpnessEstimator(Math.max(tolerance, 1e-10), 500);
        StabilityBounds bounds = StabilityBounds.compute(problem, combine, points, estimator, executor, seed, progress);
        List<LinearOperator> hessians = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalLoss loss = new LocalLoss(problem.agent(i), problem.widths());
            loss.evaluate(points.size() == 1 ? points.get(0) : points.get(i));
            hessians.add(loss.hessianOperator());
        }
        return new DgdLinearisation(combine, bounds, hessians, rule, executor, tolerance, seed);
    }

    public StabilityBounds bounds() {
        return bounds;
    }

    /** Returns {@code rho(J)} at learning rates {@code eta_i}; the previous solve's vector warm-starts this one. */
    public SpectralRadius spectralRadius(double[] stepSizes) {
        LinearisedDgdMap map = new LinearisedDgdMap(combine, stepSizes, hessians, rule, executor);
        SpectralRadius rho;
        if (rule == UpdateRule.COMBINE_THEN_ADAPT) {
            rho = SpectralRadius.symmetric(map, tolerance, seed, symmetricWarmStarts);
        } else {
            rho = SpectralRadius.arnoldi(map, tolerance, seed, warmStart);
            warmStart = rho.warmStart();
        }
        mapApplications += rho.mapApplications();
        return rho;
    }

    /** Returns {@code rho(J)} at {@code eta_i = c * eta_bar_i}. */
    public SpectralRadius spectralRadiusAtMultiplier(double c) {
        double[] stepSizes = new double[bounds.agentCount()];
        for (int i = 0; i < stepSizes.length; i++) {
            stepSizes[i] = c * bounds.bounds()[i];
        }
        return spectralRadius(stepSizes);
    }

    /** Returns Hessian-vector products used so far: the bounds' plus one per agent per map application. */
    public long hessianProducts() {
        return bounds.hessianProducts() + mapApplications * bounds.agentCount();
    }
}
