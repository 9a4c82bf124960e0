package org.distdmf.core.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.linalg.LinearOperator;
import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.UpdateRule;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class StabilityTest {

    static DMatrixRMaj ringMixing(int n) {
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            v.set(i, i, 1.0 / 3);
            v.set(i, (i + 1) % n, 1.0 / 3);
            v.set(i, (i + n - 1) % n, 1.0 / 3);
        }
        return v;
    }

    /** {@code H = h I} of dimension {@code d}: the Hessian of {@code (h/2) ||x||^2}. */
    static LinearOperator scaledIdentity(int dimension, double h) {
        return new LinearOperator() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public void apply(double[] x, double[] y) {
                for (int k = 0; k < dimension; k++) {
                    y[k] = h * x[k];
                }
            }
        };
    }

    /**
     * With every local loss {@code (h/2)||x||^2} and one common {@code eta}, the eigenvalues of J are
     * {@code mu_k(V) - eta h}, so the bound {@code (1 + lambda_min(V)) / h} is tight and {@code c* = 1}.
     */
    @Test
    void modelProblemCriticalMultiplierIsOne() {
        int n = 6;
        double h = 2.5;
        DMatrixRMaj v = ringMixing(n);
        double lambdaMin = MixingSpectra.lambdaMin(v);
        double bound = (1 + lambdaMin) / h;
        List<LinearOperator> hessians = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hessians.add(scaledIdentity(4, h));
        }

        try (AgentExecutor executor = new AgentExecutor(1)) {
            CriticalMultiplier critical = CriticalMultiplier.search(c -> {
                double[] eta = new double[n];
                java.util.Arrays.fill(eta, c * bound);
                LinearisedDgdMap map = new LinearisedDgdMap(v, eta, hessians, UpdateRule.COMBINE_THEN_ADAPT, executor);
                return SpectralRadius.arnoldi(map, 1e-10, 3, null).value();
            }, 64, 1e-4, Progress.NONE);

            assertTrue(critical.found(), critical.note());
            assertEquals(1.0, critical.value(), 1e-4);
            assertTrue(critical.lower() <= 1.0 + 1e-9, "bracket lower end " + critical.lower());
            assertTrue(critical.upper() >= 1.0 - 1e-9, "bracket upper end " + critical.upper());
        }
    }

    @Test
    void modelProblemSpectralRadiusMatchesClosedForm() {
        int n = 5;
        double h = 1.5;
        DMatrixRMaj v = ringMixing(n);
        double eta = 0.9;
        List<LinearOperator> hessians = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hessians.add(scaledIdentity(3, h));
        }
        double expected = 0;
        for (double mu : MixingSpectra.eigenvalues(v)) {
            expected = Math.max(expected, Math.abs(mu - eta * h));
        }
        try (AgentExecutor executor = new AgentExecutor(2)) {
            double[] etas = new double[n];
            java.util.Arrays.fill(etas, eta);
            LinearisedDgdMap map = new LinearisedDgdMap(v, etas, hessians, UpdateRule.COMBINE_THEN_ADAPT, executor);
            assertEquals(expected, SpectralRadius.arnoldi(map, 1e-10, 1, null).value(), 1e-8);
            assertEquals(expected, SpectralRadius.dense(map).value(), 1e-10);
        }
    }

    /**
     * A small DMF problem: matrix-free rho(J) (Lanczos for the symmetric combine-then-adapt map, Arnoldi
     * for adapt-then-combine) agrees with the dense eigen-solve.
     */
    @Test
    void matrixFreeRhoMatchesDense() {
        DmfProblem problem = smallProblem();
        DMatrixRMaj v = ringMixing(problem.agentCount());
        for (UpdateRule rule : UpdateRule.values()) {
            try (AgentExecutor executor = new AgentExecutor(1)) {
                DgdLinearisation linearisation = DgdLinearisation.at(problem, v, List.of(problem.referencePoint()), rule,
                        executor, 1e-10, 5, Progress.NONE);
                double[] eta = StepSizes.multipleOfBound(1.3).resolve(linearisation.bounds().bounds());
                LinearisedDgdMap map = new LinearisedDgdMap(v, eta, hessiansAtReference(problem), rule, executor);

                double dense = SpectralRadius.dense(map).value();
                double arnoldi = linearisation.spectralRadius(eta).value();

                assertEquals(dense, arnoldi, 1e-6 * dense, rule.name());
            }
        }
    }

    @Test
    void sharpnessMatchesDenseHessian() {
        DmfProblem problem = smallProblem();
        try (AgentExecutor executor = new AgentExecutor(1)) {
            StabilityBounds bounds = StabilityBounds.compute(problem, ringMixing(problem.agentCount()),
                    List.of(problem.referencePoint()), new org.distdmf.core.curvature.SharpnessEstimator(1e-10, 500),
                    executor, 9, Progress.NONE);
            List<LinearOperator> hessians = hessiansAtReference(problem);
            for (int i = 0; i < problem.agentCount(); i++) {
                double[] eigenvalues = org.distdmf.core.linalg.DenseOperators.symmetricEigenvalues(hessians.get(i));
                double largest = eigenvalues[0];
                for (double value : eigenvalues) {
                    largest = Math.max(largest, value);
                }
                assertEquals(largest, bounds.sharpness()[i], 1e-8 * largest, "agent " + i);
            }
        }
    }

    @Test
    void checkReportsRhoAndCriticalMultiplier() {
        DmfProblem problem = smallProblem();
        StabilityReport report = StabilityAnalysis.check(problem, ringMixing(problem.agentCount()),
                List.of(problem.referencePoint()), "ground truth", StabilitySettings.defaults(StepSizes.multipleOfBound(0.5), 1, 3),
                Progress.NONE);

        assertTrue(report.locallyStable(), "rho " + report.spectralRadius().value());
        assertTrue(report.criticalMultiplier().found(), report.criticalMultiplier().note());
        // The per-agent bound is sufficient for the heterogeneous problem, so c* is at least 1.
        assertTrue(report.criticalMultiplier().value() >= 1 - 1e-3, "c* " + report.criticalMultiplier().value());
        ResultTable summary = report.summaryTable();
        assertEquals(1, summary.rowCount());
        assertEquals(report.spectralRadius().value(), summary.doubleCell(0, summary.requireColumn("rho_J")));
        assertEquals(problem.agentCount(), report.agentTable().rowCount());
    }

    @Test
    void sweepPredictsDivergence() {
        DmfProblem problem = smallProblem();
        StabilitySweep.Result result = StabilitySweep.overMultipliers(problem, ringMixing(problem.agentCount()),
                new double[] {0.5, 10}, DgdSettings.reference(100, 1, 0, 1, 3), false, Progress.NONE);

        StabilitySweep.Point below = result.points().get(0);
        StabilitySweep.Point above = result.points().get(1);
        assertTrue(below.spectralRadius() < 1, "rho at c = 0.5: " + below.spectralRadius());
        assertFalse(below.diverged());
        assertTrue(above.spectralRadius() > 1, "rho at c = 10: " + above.spectralRadius());
        assertTrue(above.diverged());
    }

    private static DmfProblem smallProblem() {
        return SyntheticProblemGenerator.generate(new SyntheticProblemSpec(4, 3, 3, 3, WidthSpec.uniform(3, 5), 0,
                ObservationSpec.gaussianSensing(), WeightDecaySpec.constant(0.01), 17));
    }

    private static List<LinearOperator> hessiansAtReference(DmfProblem problem) {
        List<LinearOperator> hessians = new ArrayList<>();
        for (int i = 0; i < problem.agentCount(); i++) {
            LocalLoss loss = new LocalLoss(problem.agent(i), problem.widths());
            loss.evaluate(problem.referencePoint());
            hessians.add(loss.hessianOperator());
        }
        return hessians;
    }
}
