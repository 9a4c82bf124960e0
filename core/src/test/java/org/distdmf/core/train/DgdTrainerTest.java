package org.distdmf.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DgdTrainerTest {

    /** Metropolis-Hastings weights of the ring on {@code n} agents: 1/3 to each neighbour and itself. */
    static DMatrixRMaj ringMixing(int n) {
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            v.set(i, i, 1.0 / 3);
            v.set(i, (i + 1) % n, 1.0 / 3);
            v.set(i, (i + n - 1) % n, 1.0 / 3);
        }
        return v;
    }

    /**
     * Weak weight decay keeps the ground truth close to a stationary point, so the local bound there
     * decides what the run does. With the reference range U(0.1, 0.9) the iterates shrink towards zero.
     */
    private static DmfProblem smallProblem() {
        return SyntheticProblemGenerator.generate(new SyntheticProblemSpec(5, 3, 3, 3, WidthSpec.uniform(3, 9), 0,
                ObservationSpec.gaussianSensing(), WeightDecaySpec.constant(0.01), 21));
    }

    @Test
    void runBelowBoundStaysNearGroundTruth() {
        TrainingResult result = DgdTrainer.train(smallProblem(), ringMixing(5), DgdSettings.reference(200, 0.5, 0, 1, 1),
                Progress.NONE);

        assertFalse(result.diverged(), result.divergenceReason());
        assertEquals(201, result.history().size());
        assertTrue(result.last().nmse() < 1e-3, "final NMSE " + result.last().nmse());
        assertTrue(result.last().consensusError() < 1e-5, "final consensus error " + result.last().consensusError());
    }

    @Test
    void runWellAboveBoundDiverges() {
        TrainingResult result = DgdTrainer.train(smallProblem(), ringMixing(5), DgdSettings.reference(300, 10.0, 0, 1, 1),
                Progress.NONE);

        assertTrue(result.diverged());
        assertTrue(result.divergenceIteration() > 0, "divergence iteration " + result.divergenceIteration());
        assertTrue(result.divergenceIteration() <= 300, "divergence iteration " + result.divergenceIteration());
        assertEquals(result.divergenceIteration() + 1, result.history().size(), "nothing recorded after divergence");
        boolean someAgentDiverged = false;
        for (int iteration : result.agentDivergenceIteration()) {
            someAgentDiverged |= iteration >= 0;
        }
        assertTrue(someAgentDiverged);
    }

    @Test
    void stepSizesAreMultiplesOfBounds() {
        TrainingResult result = DgdTrainer.train(smallProblem(), ringMixing(5), DgdSettings.reference(1, 0.7, 0, 1, 1),
                Progress.NONE);
        double lambdaMin = 1.0 / 3 + 2.0 / 3 * Math.cos(2 * Math.PI * 2 / 5);
        assertEquals(lambdaMin, result.bounds().lambdaMinMixing(), 1e-12);
        for (int i = 0; i < 5; i++) {
            double bound = (1 + lambdaMin) / result.bounds().sharpness()[i];
            assertEquals(bound, result.bounds().bounds()[i], 1e-12 * bound);
            assertEquals(0.7 * bound, result.stepSizes()[i], 1e-12 * bound);
        }
    }

    @Test
    void sameNumbersOnOneAndFourThreads() {
        DmfProblem problem = smallProblem();
        DgdSettings settings = DgdSettings.reference(30, 1.1, 5, 1, 4);
        TrainingResult single = DgdTrainer.train(problem, ringMixing(5), settings, Progress.NONE);
        TrainingResult parallel = DgdTrainer.train(problem, ringMixing(5), settings.withThreads(4), Progress.NONE);

        ResultTable a = single.historyTable();
        ResultTable b = parallel.historyTable();
        assertEquals(a.rowCount(), b.rowCount());
        for (int r = 0; r < a.rowCount(); r++) {
            assertArrayEquals(a.row(r), b.row(r), "history row " + r);
        }
        ResultTable fa = single.factorsTable();
        ResultTable fb = parallel.factorsTable();
        for (int r = 0; r < fa.rowCount(); r++) {
            assertArrayEquals(fa.row(r), fb.row(r), "factor row " + r);
        }
    }

    @Test
    void consensusErrorMatchesDefinition() {
        Factorization a = Factorization.zeros(new int[] {1, 2});
        Factorization b = Factorization.zeros(new int[] {1, 2});
        a.layer(0).set(0, 0, 1.0);
        b.layer(0).set(0, 0, 3.0);
        b.layer(0).set(1, 0, 2.0);
        // Means are (2, 1); squared deviations sum to (1 + 1) + (1 + 1) = 4; divided by n = 2.
        assertEquals(2.0, ConsensusError.of(new Factorization[] {a, b}), 0);
    }

    @Test
    void sharpnessTrackedAtInterval() {
        TrainingResult result = DgdTrainer.train(smallProblem(), ringMixing(5), DgdSettings.reference(10, 0.5, 5, 1, 1),
                Progress.NONE);
        assertTrue(result.history().get(0).sharpness() != null);
        assertTrue(result.history().get(1).sharpness() == null);
        assertTrue(result.history().get(5).sharpness() != null);
        double[] atStart = result.history().get(0).sharpness();
        for (int i = 0; i < 5; i++) {
            // The start is 1e-3 from the ground truth, where the bounds were computed.
            assertEquals(result.bounds().sharpness()[i], atStart[i], 1e-2 * atStart[i], "agent " + i);
        }
    }

    @Test
    void factorsTableRoundTrips() {
        DmfProblem problem = smallProblem();
        TrainingResult result = DgdTrainer.train(problem, ringMixing(5), DgdSettings.reference(3, 0.5, 0, 1, 1),
                Progress.NONE);
        List<Factorization> read = FactorTables.fromTable(result.factorsTable(), problem.widths(), 5);
        for (int i = 0; i < 5; i++) {
            for (int l = 0; l < problem.depth(); l++) {
                assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(result.finalFactors().get(i).layer(l),
                        read.get(i).layer(l), 0));
            }
        }
    }

    @Test
    void badMixingMatrixIsRejected() {
        DMatrixRMaj v = ringMixing(5);
        v.set(0, 0, 0.5);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DgdTrainer.train(smallProblem(), v, DgdSettings.reference(1, 0.5, 0, 1, 1), Progress.NONE));
        assertTrue(error.getMessage().contains("row 0 sums to"), error.getMessage());

        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> DgdTrainer.train(smallProblem(), ringMixing(4), DgdSettings.reference(1, 0.5, 0, 1, 1), Progress.NONE));
        assertTrue(shape.getMessage().contains("mixing matrix is 4 x 4 but the problem has 5 agents"), shape.getMessage());

        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class, () -> StepSizes.absolute(-0.1));
        assertTrue(rate.getMessage().contains("learning rate must be finite and positive but is -0.1"), rate.getMessage());
    }
}
