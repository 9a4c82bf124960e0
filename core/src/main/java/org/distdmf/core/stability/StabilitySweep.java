package org.distdmf.core.stability;

import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.TrainingResult;
import org.ejml.data.DMatrixRMaj;

/**
 * Sweeps the learning-rate multiplier {@code c} ({@code eta_i = c * eta_bar_i}): for each value the
 * spectral radius of the linearised map at the reference point and the outcome of a short DGD run,
 * so the local prediction and the observed behaviour sit side by side.
 */
public final class StabilitySweep {

    private StabilitySweep() {
    }

    /** One row of the sweep. */
    public record Point(double multiplier, double spectralRadius, boolean spectralRadiusConverged, boolean diverged,
            int divergenceIteration, double finalNmse, double finalConsensusError) {
    }

    /** The sweep's rows and the critical multiplier when searched. */
    public record Result(List<Point> points, CriticalMultiplier criticalMultiplier, double lambdaMinMixing) {

        /**
         * Returns {@code c, rho_J, rho_converged, converged, divergence_iteration, final_nmse,
         * final_consensus_error}; converged means the short run did not diverge.
         */
        public ResultTable toTable() {
            ResultTable.Builder table = ResultTable.builder("stability_sweep")
                    .column("c", ColumnType.DOUBLE)
                    .column("rho_J", ColumnType.DOUBLE)
                    .column("rho_converged", ColumnType.BOOLEAN)
                    .column("converged", ColumnType.BOOLEAN)
                    .column("divergence_iteration", ColumnType.INTEGER)
                    .column("final_nmse", ColumnType.DOUBLE)
                    .column("final_consensus_error", ColumnType.DOUBLE);
            for (Point point : points) {
                table.row(point.multiplier(), point.spectralRadius(), point.spectralRadiusConverged(), !point.diverged(),
                        point.diverged() ? point.divergenceIteration() : null,
                        Double.isNaN(point.finalNmse()) ? null : point.finalNmse(), point.finalConsensusError());
            }
            return table.build();
        }

        public double[] multipliers() {
            return points.stream().mapToDouble(Point::multiplier).toArray();
        }

        public double[] spectralRadii() {
            return points.stream().mapToDouble(Point::spectralRadius).toArray();
        }
    }

    /**
     * Runs the sweep at the problem's reference point.
     *
     * @param multipliers the values of {@code c}, each positive
     * @param training settings of the short runs; their learning rates are replaced by {@code c} times the bound
     * @param searchCriticalMultiplier whether to also bisect for {@code c*}
     */
    public static Result overMultipliers(DmfProblem problem, DMatrixRMaj mixing, double[] multipliers, DgdSettings training,
            boolean searchCriticalMultiplier, Progress progress) {
        if (multipliers.length == 0) {
            throw new IllegalArgumentException("the sweep needs at least one multiplier c");
        }
        for (double c : multipliers) {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("multiplier c must be finite and positive but is " + c);
            }
        }
        if (problem.referencePoint() == null) {
            throw new IllegalArgumentException("a stability sweep needs the problem's reference point, and this problem has none");
        }
        DMatrixRMaj combine = MixingSpectra.combineMatrix(mixing, training.consensusRounds());
        java.util.ArrayList<Point> points = new java.util.ArrayList<>();
        CriticalMultiplier critical = null;
        double lambdaMin;
        try (AgentExecutor executor = new AgentExecutor(training.threads())) {
            DgdLinearisation linearisation = DgdLinearisation.at(problem, combine, List.of(problem.referencePoint()),
                    training.rule(), executor, Math.min(1e-8, training.solverTolerance()), training.seed(),
                    progress.slice(0, 0.1));
            lambdaMin = linearisation.bounds().lambdaMinMixing();
            for (int k = 0; k < multipliers.length; k++) {
                Progress step = progress.slice(0.1 + 0.8 * k / multipliers.length, 0.1 + 0.8 * (k + 1) / multipliers.length);
                step.checkCancelled();
                double c = multipliers[k];
                SpectralRadius rho = linearisation.spectralRadiusAtMultiplier(c);
                TrainingResult run = DgdTrainer.train(problem, mixing,
                        training.withStepSizes(StepSizes.multipleOfBound(c)), step.slice(0.2, 1));
                points.add(new Point(c, rho.value(), rho.converged(), run.diverged(), run.divergenceIteration(),
                        run.last().nmse(), run.last().consensusError()));
                step.report(1, String.format("c = %.3g: rho(J) = %.4f, %s", c, rho.value(),
                        run.diverged() ? "diverged at iteration " + run.divergenceIteration() : "no divergence"));
            }
            if (searchCriticalMultiplier) {
                critical = CriticalMultiplier.search(c -> linearisation.spectralRadiusAtMultiplier(c).value(), 64, 1e-3,
                        progress.slice(0.9, 1));
            }
        }
        return new Result(List.copyOf(points), critical, lambdaMin);
    }
}
