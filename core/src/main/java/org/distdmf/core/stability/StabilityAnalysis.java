package org.distdmf.core.stability;

import java.util.List;
import java.util.logging.Logger;

import org.distdmf.core.Progress;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks the learning-rate condition of DGD at a point: per-agent bounds
 * {@code eta_bar_i = (1 + lambda_min(W)) / lambda_max(H_i)}, the spectral radius of the linearised
 * map {@code J} at the chosen step sizes, and the critical multiplier {@code c*} of the bounds.
 *
 * <p>Multipliers {@code c} always scale the bounds at the problem's reference point, as training
 * does, even when the Hessians are taken at trained factors; the per-agent table then shows the
 * bounds at those factors beside the learning rates.
 */
public final class StabilityAnalysis {

    private static final Logger LOG = Logger.getLogger(StabilityAnalysis.class.getName());

    private StabilityAnalysis() {
    }

    /**
     * Runs the check with every agent at {@code points.get(i)}, or all agents at one point when the list
     * has a single entry; {@code pointLabel} names it in the report.
     */
    public static StabilityReport check(DmfProblem problem, DMatrixRMaj mixing, List<Factorization> points,
            String pointLabel, StabilitySettings settings, Progress progress) {
        DMatrixRMaj combine = MixingSpectra.combineMatrix(mixing, settings.consensusRounds());
        try (AgentExecutor executor = new AgentExecutor(settings.threads())) {
            DgdLinearisation linearisation = DgdLinearisation.at(problem, combine, points, settings.rule(), executor,
                    settings.solverTolerance(), settings.seed(), progress.slice(0, 0.2));
            double[] baseBounds = trainingBounds(problem, combine, points, linearisation, executor, settings, progress);
            double[] stepSizes = settings.stepSizes().resolve(baseBounds);

            progress.report(0.2, "spectral radius of the linearised DGD map");
            SpectralRadius rho = linearisation.spectralRadius(stepSizes);
            LOG.info(String.format("rho(J) = %.6f at %s (%d map applications)", rho.value(), pointLabel,
                    rho.mapApplications()));

            CriticalMultiplier critical = null;
            if (settings.searchCriticalMultiplier()) {
                critical = CriticalMultiplier.search(c -> linearisation.spectralRadius(scaled(baseBounds, c)).value(),
                        settings.maxMultiplier(), settings.bisectionTolerance(), progress.slice(0.3, 1));
                LOG.info("critical multiplier: " + (critical.found() ? critical.value() : critical.note()));
            }
            progress.report(1, "stability check done");
            return new StabilityReport(pointLabel, linearisation.bounds(), stepSizes, rho, critical,
                    linearisation.hessianProducts());
        }
    }

    /**
     * Returns the bounds that multipliers {@code c} refer to: those at the problem's reference point,
     * as in training, so that {@code c} means the same learning rates whether the Hessians are taken at
     * the reference point or at trained factors. Without a reference point, the bounds at the checked
     * point.
     */
    private static double[] trainingBounds(DmfProblem problem, DMatrixRMaj combine, List<Factorization> points,
            DgdLinearisation linearisation, AgentExecutor executor, StabilitySettings settings, Progress progress) {
        boolean atReference = points.size() == 1 && points.get(0) == problem.referencePoint();
        if (atReference || problem.referencePoint() == null) {
            return linearisation.bounds().bounds();
        }
        StabilityBounds reference = StabilityBounds.compute(problem, combine, List.of(problem.referencePoint()),
                new org.distdmf.core.curvature.SharpnessEstimator(Math.max(settings.solverTolerance(), 1e-10), 500),
                executor, settings.seed(), progress.slice(0.15, 0.2));
        return reference.bounds();
    }

    private static double[] scaled(double[] bounds, double c) {
        double[] stepSizes = new double[bounds.length];
        for (int i = 0; i < stepSizes.length; i++) {
            stepSizes[i] = c * bounds[i];
        }
        return stepSizes;
    }
}
